/**
 * Reading Hypothesis' JSON export: `{ export_date, export_userid, client_version, annotations[] }`,
 * where each annotation is a raw API object (hypothesis/client:src/types/api.ts) with `target[].selector`,
 * `text` (Markdown), `tags`, `uri` and `document.title`. Hypothesis' positions count characters of the
 * whole page, not of Lede's article text, so re-anchoring will fall back to the quote: that is expected.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for an object shaped like a Hypothesis export file. */
export function isHypothesisExport(doc: unknown): doc is { annotations: unknown[] } {
  return isObject(doc) && Array.isArray(doc.annotations) &&
    ('export_date' in doc || 'client_version' in doc || 'export_userid' in doc);
}

/** A Hypothesis annotation as a raw note record for `validateNote`, or a reason to skip it. */
export function hypothesisToRecord(raw: unknown): unknown | { skip: string } {
  if (!isObject(raw)) return raw;
  if (Array.isArray(raw.references) && raw.references.length) return { skip: 'a reply to another annotation' };
  const targets = Array.isArray(raw.target) ? raw.target : [];
  const target = targets.find(isObject);
  const selectors = target && Array.isArray(target.selector) ? target.selector : [];
  if (!selectors.some((s) => isObject(s) && s.type === 'TextQuoteSelector')) {
    return { skip: 'a page note with no highlighted text' };
  }
  const doc = isObject(raw.document) ? raw.document : {};
  const title = Array.isArray(doc.title) ? doc.title.find((t) => typeof t === 'string') : doc.title;
  return {
    id: raw.id,
    url: raw.uri ?? target?.source,
    title: typeof title === 'string' ? title : '',
    createdAt: raw.created ?? raw.updated,
    updatedAt: raw.updated ?? raw.created,
    layer: 'text',
    selectors,
    body: raw.text ?? '',
    tags: raw.tags ?? [],
  };
}
