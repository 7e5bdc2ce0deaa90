/**
 * Colour contrast as WCAG 2.2 measures it (success criterion 1.4.3, contrast minimum): relative luminance of sRGB
 * colours and their ratio, for the embed configurator's colour check. Pure.
 */

/** An sRGB colour as `#rgb` or `#rrggbb`, as three channels 0-255; undefined when it is not one. */
export function parseHex(color: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG's relative luminance of an sRGB colour (0 black to 1 white). */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white); undefined when one is not a colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const [x, y] = [parseHex(a), parseHex(b)];
  if (!x || !y) return undefined;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The least contrast WCAG 2.2 AA asks of text of normal size. */
export const AA_TEXT = 4.5;

/** Whether text in one colour on the other meets AA (4.5:1): the ratio is compared unrounded. */
export function meetsAA(text: string, background: string): boolean {
  const ratio = contrastRatio(text, background);
  return ratio !== undefined && ratio >= AA_TEXT;
}
