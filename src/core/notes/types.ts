/**
 * The note record: what a reader saved on a page, anchored with W3C Web Annotation selectors so that
 * it can be found again after the page changes. This shape is the storage contract (see
 * src/background/notes-db.ts) and the body of the Lede JSON export (`format: 'lede-notes'`).
 */

/** Which Lede layer the highlighted text belonged to; 'text' for a plain selection. */
export type NoteLayer = 'claim' | 'quote' | 'person' | 'organization' | 'place' | 'misc' | 'number' | 'text';

export const NOTE_LAYERS: readonly NoteLayer[] = [
  'claim', 'quote', 'person', 'organization', 'place', 'misc', 'number', 'text',
];

/** W3C TextQuoteSelector: the exact text plus some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets into the article text (`articleText(paragraphs)`). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Any other selector an imported annotation carried (RangeSelector, CssSelector, XPathSelector...).
 * Kept verbatim so that a W3C or Hypothesis import exports again without losing it.
 */
export interface OtherSelector {
  type: string;
  [key: string]: unknown;
}

export type Selector = TextQuoteSelector | TextPositionSelector | OtherSelector;

/** One saved note. Times are ISO 8601 strings; ids are opaque strings (UUIDs for notes made here). */
export interface Note {
  id: string;
  /** The address the note was taken on. */
  url: string;
  /** `canonicalizeUrl(<link rel=canonical> or url)`: the key that finds notes again on a revisit. */
  canonicalUrl: string;
  title: string;
  /** Host name without "www.", e.g. "theguardian.com". */
  site: string;
  createdAt: string;
  updatedAt: string;
  layer: NoteLayer;
  /** The highlighted text, equal to the TextQuoteSelector's `exact`. */
  exact: string;
  /** W3C selectors; a TextQuoteSelector is always present, a TextPositionSelector usually. */
  selectors: Selector[];
  /** Canonical names of the entities the note involves ("Keir Starmer"). */
  entities: string[];
  /** The reader's own words (plain text, may contain Markdown). */
  body: string;
  tags: string[];
  /** Bodies of an imported W3C annotation that Lede does not model, kept verbatim for export. */
  extraBodies?: unknown[];
}

/** What a context sends to save a new note; the background fills in id, times and canonical URL. */
export interface NoteDraft {
  url: string;
  /** The page's `<link rel=canonical>` href, if any (resolved against `url`). */
  canonicalHref?: string | null;
  title?: string;
  site?: string;
  layer: NoteLayer;
  selectors: Selector[];
  entities?: string[];
  body?: string;
  tags?: string[];
}

/** Fields a reader can change after saving. */
export interface NotePatch {
  body?: string;
  tags?: string[];
  layer?: NoteLayer;
  entities?: string[];
}

/** Filters for the library and the popup; every field narrows the result. */
export interface NotesQuery {
  /** Free text matched against words, quotes, titles, tags and entities (all words must match). */
  text?: string;
  site?: string;
  tag?: string;
  layer?: NoteLayer;
  entity?: string;
  /** Inclusive ISO lower bound on createdAt. */
  from?: string;
  /** Inclusive ISO upper bound on createdAt (a bare date means the whole day). */
  to?: string;
  url?: string;
  limit?: number;
}

export type ExportFormat = 'lede-json' | 'markdown' | 'csv' | 'w3c';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['lede-json', 'markdown', 'csv', 'w3c'];

/** A file ready to download. */
export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

/** What an import did, record by record. `error` is set when the file as a whole was refused. */
export interface ImportReport {
  format: 'lede-json' | 'w3c' | 'hypothesis' | 'unknown';
  imported: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
  error?: string;
}
