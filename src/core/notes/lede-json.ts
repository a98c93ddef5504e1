/**
 * Lede JSON: the lossless backup format. A versioned envelope around the notes exactly as stored:
 *
 *     { "format": "lede-notes", "version": 1, "exportedAt": "<ISO>", "notes": [Note, ...] }
 *
 * Readers must refuse a higher `version` than they know rather than guess. Notes are written with a
 * fixed key order and sorted by creation time, so the same notes always give the same file.
 */
import type { Note } from './types.ts';

export const LEDE_FORMAT = 'lede-notes';
export const LEDE_VERSION = 1;

export interface LedeNotesFile {
  format: typeof LEDE_FORMAT;
  version: number;
  exportedAt: string;
  notes: Note[];
}

/** A note with its keys in contract order and nothing else (drops database-only fields). */
export function plainNote(note: Note): Note {
  const out: Note = {
    id: note.id, url: note.url, canonicalUrl: note.canonicalUrl, title: note.title, site: note.site,
    createdAt: note.createdAt, updatedAt: note.updatedAt, layer: note.layer, exact: note.exact,
    selectors: note.selectors, entities: note.entities, body: note.body, tags: note.tags,
  };
  if (note.extraBodies && note.extraBodies.length) out.extraBodies = note.extraBodies;
  return out;
}

/** Oldest first, ties by id, so exports are stable. */
export function byCreation(a: Note, b: Note): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function toLedeJson(notes: readonly Note[], exportedAt: string): string {
  const file: LedeNotesFile = {
    format: LEDE_FORMAT, version: LEDE_VERSION, exportedAt, notes: [...notes].sort(byCreation).map(plainNote),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
