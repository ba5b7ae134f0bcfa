/**
 * CSV for spreadsheets (RFC 4180: commas, CRLF, quotes doubled). A cell that starts with = + - @ (or a tab
 * or carriage return) would run as a formula in Excel, LibreOffice or Sheets — a student's title reading
 * `=HYPERLINK(…)` must stay text — so such a cell is prefixed with an apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted when it must be. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as a CSV file, with a byte-order mark so Excel reads it as UTF-8. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
