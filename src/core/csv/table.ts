/**
 * A spreadsheet exported as CSV, read into rows. The parsing (quotes, doubled quotes, separators and line breaks
 * inside quotes, CRLF) is d3-dsv's; what spreadsheet programs add around it is handled here: a UTF-8 byte-order mark
 * (Excel writes one), Windows-1252 text (Excel's plain "CSV"), `;` as the separator (spreadsheets in locales whose
 * decimal mark is a comma), tabs. Pure.
 */
import { dsvFormat } from 'd3-dsv';

/** A table read from CSV: its header, as written, and its rows of cells. */
export interface Table {
  /** The header's cells, trimmed, as the maintainer wrote them. */
  columns: string[];
  /**
   * The rows below the header, with the number a spreadsheet shows for each (the header is row 1; a cell with line
   * breaks stays one row). Rows with no text in any cell are left out.
   */
  rows: Array<{ row: number; cells: string[] }>;
  /** The separator found. */
  delimiter: string;
}

const SEPARATORS = [',', ';', '\t'] as const;

/**
 * The separator of a CSV text: the one found most often in its first line, outside quotes (`,` when none is). A
 * one-column sheet has none, and reads the same whichever is chosen.
 */
export function separatorOf(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

/**
 * Text of a CSV file: UTF-8 (its byte-order mark dropped), or, when the bytes are not UTF-8, Windows-1252: what Excel
 * writes when a sheet is saved as plain "CSV" rather than "CSV UTF-8" ("Épicerie" stays "Épicerie").
 */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads CSV text (a byte-order mark is dropped) into its header and rows. */
export function readTable(text: string): Table {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = separatorOf(source);
  const [header = [], ...body] = dsvFormat(delimiter).parseRows(source);
  const rows: Table['rows'] = [];
  body.forEach((cells, i) => {
    if (cells.some((cell) => cell.trim())) rows.push({ row: i + 2, cells });
  });
  return { columns: header.map((c) => c.trim()), rows, delimiter };
}

/** The rows of a table as objects by column name (trimmed cells; empty ones left out). */
export function tableObjects(table: Table): Array<Record<string, string>> {
  return table.rows.map(({ cells }) => {
    const out: Record<string, string> = {};
    table.columns.forEach((column, i) => {
      const value = cells[i]?.trim();
      if (column && value) out[column] = value;
    });
    return out;
  });
}
