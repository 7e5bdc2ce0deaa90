/**
 * Whether a document is a spreadsheet (CSV, or a zip of CSV files) rather than JSON, from its first bytes. Light: the
 * loader asks it of every feed, and brings the spreadsheet reader only when it says yes.
 */

/**
 * True when a document that begins with `bytes` is not JSON: its first character, after a byte-order mark and white
 * space, opens no JSON value. A page of HTML (`<`) is left to the JSON reader, which says it is not a feed. Undefined
 * while nothing but white space has come.
 */
export function startsTabular(bytes: Uint8Array): boolean | undefined {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      i = 2;
      continue;
    }
    return b !== 0x7b && b !== 0x5b && b !== 0x3c;
  }
  return undefined;
}
