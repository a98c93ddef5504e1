/**
 * CSV export for spreadsheets: RFC 4180 (CRLF rows, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), with a UTF-8 byte-order mark so Excel reads accents. Cells that a spreadsheet
 * would run as a formula (starting with = + - @ or a tab/CR) get a leading apostrophe (OWASP advice).
 */
import { byCreation } from './lede-json.ts';
import type { Note } from './types.ts';

export const CSV_COLUMNS = [
  'id', 'created', 'updated', 'url', 'title', 'site', 'layer', 'quote', 'note', 'tags', 'entities',
] as const;

/** One cell, defused and quoted as needed. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(notes: readonly Note[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const n of [...notes].sort(byCreation)) {
    const cells = [n.id, n.createdAt, n.updatedAt, n.url, n.title, n.site, n.layer, n.exact, n.body, n.tags.join('; '), n.entities.join('; ')];
    rows.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
