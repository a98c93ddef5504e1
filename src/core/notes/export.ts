/** One entry point for every export format: notes in, a named file out. */
import { toCsv } from './csv.ts';
import { toLedeJson } from './lede-json.ts';
import { toMarkdown } from './markdown.ts';
import type { ExportFile, ExportFormat, Note } from './types.ts';
import { toW3c } from './w3c.ts';

/** The file for `notes` in `format`; `exportedAt` is an ISO time (also used in the file name). */
export function exportNotesAs(format: ExportFormat, notes: readonly Note[], exportedAt: string): ExportFile {
  const day = exportedAt.slice(0, 10);
  switch (format) {
    case 'markdown':
      return { filename: `lede-notes-${day}.md`, mime: 'text/markdown;charset=utf-8', content: toMarkdown(notes, exportedAt) };
    case 'csv':
      return { filename: `lede-notes-${day}.csv`, mime: 'text/csv;charset=utf-8', content: toCsv(notes) };
    case 'w3c':
      return { filename: `lede-notes-${day}.jsonld`, mime: 'application/ld+json', content: toW3c(notes, exportedAt) };
    default:
      return { filename: `lede-notes-${day}.json`, mime: 'application/json', content: toLedeJson(notes, exportedAt) };
  }
}
