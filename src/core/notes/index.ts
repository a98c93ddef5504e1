/** Notes: the record, its anchoring selectors, re-anchoring, and every import and export format. */
export * from './types.ts';
export { canonicalizeUrl, siteOf, isTrackingParam } from './canonical-url.ts';
export { articleText, describeSelectors, quoteSelectorOf, positionSelectorOf, CONTEXT_LENGTH } from './selectors.ts';
export { reanchor, reanchorDetailed, maxErrorsFor, type Anchor, type AnchorDetail, type ReanchorOptions } from './reanchor.ts';
export { validateNote, noteFromDraft, sameNoteKey, isLayer, isoDate, LIMITS } from './validate.ts';
export { searchWords, queryWords, matchesQuery, wordsOf } from './search-words.ts';
export { exportNotesAs } from './export.ts';
export { parseImport, MAX_IMPORT_CHARS, type ParsedImport } from './import.ts';
export { LEDE_FORMAT, LEDE_VERSION, plainNote, toLedeJson } from './lede-json.ts';
export { toMarkdown } from './markdown.ts';
export { toCsv, csvCell } from './csv.ts';
export { toW3c, noteToAnnotation, annotationToRecord, w3cAnnotations } from './w3c.ts';
export { hypothesisToRecord, isHypothesisExport } from './hypothesis.ts';
export { SearchIndex, type NotesFacets, type Facet } from './search-index.ts';
