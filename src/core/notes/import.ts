/**
 * Reading an import file of any supported kind into validated notes, record by record: each record is
 * accepted, counted as a duplicate of an earlier record in the same file, or rejected with a reason.
 * A file that cannot be read as a whole (too big, not JSON, from a newer Lede, unknown kind) gives a
 * plain `error` and no notes. Never throws. The database then skips notes it already holds.
 */
import { hypothesisToRecord, isHypothesisExport } from './hypothesis.ts';
import { LEDE_FORMAT, LEDE_VERSION } from './lede-json.ts';
import type { ImportReport, Note } from './types.ts';
import { sameNoteKey, validateNote } from './validate.ts';
import { annotationToRecord, w3cAnnotations } from './w3c.ts';

/** Largest import file read (characters): 64 MiB is ~50,000 notes, far above a personal library. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
/** Most records read from one file. */
export const MAX_IMPORT_RECORDS = 200_000;
/** Rejections listed one by one; beyond this they are only counted in the last entry. */
const MAX_LISTED_REJECTIONS = 1000;

export interface ParsedImport {
  report: ImportReport;
  /** Accepted notes, first occurrence kept, in file order. */
  notes: Note[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(format: ImportReport['format'], error: string): ParsedImport {
  return { notes: [], report: { format, imported: 0, duplicates: 0, rejected: [], error } };
}

function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

type Records = { format: ImportReport['format']; records: unknown[]; convert: (raw: unknown) => unknown } | { error: ParsedImport };

function recordsOf(doc: unknown): Records {
  if (isObject(doc) && 'format' in doc) {
    if (doc.format !== LEDE_FORMAT) return { error: refuse('unknown', `Unknown file format ${JSON.stringify(String(doc.format)).slice(0, 60)}.`) };
    if (!Number.isSafeInteger(doc.version) || (doc.version as number) < 1) {
      return { error: refuse('lede-json', 'This Lede file has no valid version number.') };
    }
    if ((doc.version as number) > LEDE_VERSION) {
      return { error: refuse('lede-json', `This file was written by a newer Lede (format version ${doc.version}); this Lede reads version ${LEDE_VERSION}. Update Lede, then import it again. Nothing was imported.`) };
    }
    if (!Array.isArray(doc.notes)) return { error: refuse('lede-json', 'This Lede file has no list of notes.') };
    return { format: 'lede-json', records: doc.notes, convert: (r) => r };
  }
  if (isHypothesisExport(doc)) return { format: 'hypothesis', records: doc.annotations, convert: hypothesisToRecord };
  if (isObject(doc) && doc.type === 'AnnotationCollection' && typeof doc.first === 'string') {
    return { error: refuse('w3c', 'This W3C annotation collection only links to its pages; Lede reads files that contain the annotations themselves. Nothing was imported.') };
  }
  const annotations = w3cAnnotations(doc);
  if (annotations) return { format: 'w3c', records: annotations, convert: annotationToRecord };
  return { error: refuse('unknown', 'This is not a Lede, W3C Web Annotation or Hypothesis export file.') };
}

/** Parses and validates an import file's text. */
export function parseImport(text: unknown): ParsedImport {
  if (typeof text !== 'string') return refuse('unknown', 'The file could not be read as text.');
  if (text.length > MAX_IMPORT_CHARS) {
    return refuse('unknown', `The file is too large (${megabytes(text.length)}; the limit is ${megabytes(MAX_IMPORT_CHARS)}). Nothing was imported.`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 200) : 'parse error';
    return refuse('unknown', `The file is not valid JSON; it may be truncated or damaged (${detail}). Nothing was imported.`);
  }
  const found = recordsOf(doc);
  if ('error' in found) return found.error;
  const report: ImportReport = { format: found.format, imported: 0, duplicates: 0, rejected: [] };
  const notes: Note[] = [];
  const ids = new Set<string>();
  const keys = new Set<string>();
  let unlisted = 0;
  const reject = (index: number, reason: string) => {
    if (report.rejected.length < MAX_LISTED_REJECTIONS) report.rejected.push({ index, reason });
    else unlisted++;
  };
  found.records.forEach((raw, index) => {
    if (index >= MAX_IMPORT_RECORDS) return reject(index, `over the limit of ${MAX_IMPORT_RECORDS} notes per file`);
    const record = found.convert(raw);
    if (isObject(record) && typeof record.skip === 'string') return reject(index, record.skip);
    const checked = validateNote(record);
    if (!checked.ok) return reject(index, checked.reason);
    const note = checked.value;
    const key = sameNoteKey(note);
    if (ids.has(note.id) || keys.has(key)) {
      report.duplicates++;
      return;
    }
    ids.add(note.id);
    keys.add(key);
    notes.push(note);
  });
  if (unlisted) report.rejected.push({ index: -1, reason: `and ${unlisted} more records rejected` });
  report.imported = notes.length;
  return { report, notes };
}
