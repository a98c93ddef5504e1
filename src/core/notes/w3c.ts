/**
 * W3C Web Annotation (JSON-LD) export and import. Each note becomes an Annotation whose target holds
 * every stored selector and whose bodies are the reader's words (purpose "commenting") and one
 * TextualBody per tag (purpose "tagging"). Lede-only fields use the `lede:` prefix so other tools can
 * ignore them and a Lede import gets them back. https://www.w3.org/TR/annotation-model/
 */
import { byCreation } from './lede-json.ts';
import type { Note } from './types.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const LEDE_NS = 'urn:x-lede:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One note as a W3C Annotation (without its own @context when inside a collection). */
export function noteToAnnotation(note: Note): Record<string, unknown> {
  const body: unknown[] = [];
  if (note.body) body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  body.push(...(note.extraBodies ?? []));
  return {
    id: UUID.test(note.id) ? `urn:uuid:${note.id}` : note.id,
    type: 'Annotation',
    motivation: note.body ? 'commenting' : 'highlighting',
    created: note.createdAt,
    modified: note.updatedAt,
    ...(body.length ? { body } : {}),
    target: { source: note.url, selector: note.selectors },
    'lede:canonicalUrl': note.canonicalUrl,
    'lede:title': note.title,
    'lede:site': note.site,
    'lede:layer': note.layer,
    'lede:entities': note.entities,
  };
}

/** All notes as one AnnotationCollection with its single page embedded. */
export function toW3c(notes: readonly Note[], exportedAt: string): string {
  const items = [...notes].sort(byCreation).map(noteToAnnotation);
  const doc = {
    '@context': [ANNO_CONTEXT, { lede: LEDE_NS }],
    type: 'AnnotationCollection',
    label: 'Lede notes',
    generated: exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const hasType = (v: Record<string, unknown>, type: string): boolean =>
  v.type === type || (Array.isArray(v.type) && v.type.includes(type));

/**
 * The annotations inside a W3C document (a single Annotation, an array, an AnnotationPage or an
 * AnnotationCollection with embedded pages), or null when it is not one.
 */
export function w3cAnnotations(doc: unknown): unknown[] | null {
  if (Array.isArray(doc)) return doc.every((a) => isObject(a) && hasType(a, 'Annotation')) && doc.length ? doc : null;
  if (!isObject(doc)) return null;
  if (hasType(doc, 'Annotation')) return [doc];
  if (hasType(doc, 'AnnotationPage')) return Array.isArray(doc.items) ? doc.items : [];
  if (hasType(doc, 'AnnotationCollection')) {
    if (typeof doc.first === 'string') return null;
    const out: unknown[] = [];
    // Embedded pages only: following `next` links would mean fetching, which Lede never does.
    for (let page: unknown = doc.first; isObject(page) && out.length < 1_000_000; page = page.next) {
      if (Array.isArray(page.items)) out.push(...page.items);
    }
    return out;
  }
  return null;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const PLAIN_BODY_KEYS = new Set(['type', 'value', 'format', 'purpose']);

/** Splits bodies into the reader's words, tags, and bodies kept verbatim. */
function readBodies(raw: Record<string, unknown>): { body: string; tags: string[]; extra: unknown[] } {
  const bodies = raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [raw.body];
  let body = typeof raw.bodyValue === 'string' ? raw.bodyValue : '';
  const tags: string[] = [];
  const extra: unknown[] = [];
  for (const b of bodies) {
    const plain = isObject(b) && b.type === 'TextualBody' && typeof b.value === 'string' &&
      Object.keys(b).every((k) => PLAIN_BODY_KEYS.has(k));
    if (plain && b.purpose === 'tagging') tags.push(b.value as string);
    else if (plain && !body && (b.purpose === undefined || b.purpose === 'commenting') &&
      (b.format === undefined || b.format === 'text/plain' || b.format === 'text/markdown')) body = b.value as string;
    else extra.push(b);
  }
  return { body, tags, extra };
}

function firstTarget(raw: Record<string, unknown>): { source: unknown; selectors: unknown[] } {
  const targets = Array.isArray(raw.target) ? raw.target : [raw.target];
  for (const t of targets) {
    if (isObject(t)) {
      const selector = t.selector;
      return { source: t.source ?? t.id, selectors: selector === undefined ? [] : Array.isArray(selector) ? selector : [selector] };
    }
  }
  return { source: typeof raw.target === 'string' ? raw.target : undefined, selectors: [] };
}

/** A W3C Annotation as a raw note record for `validateNote` (which judges it). */
export function annotationToRecord(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const { source, selectors } = firstTarget(raw);
  const { body, tags, extra } = readBodies(raw);
  const rawId = typeof raw.id === 'string' && raw.id ? raw.id : `w3c-${fnv1a(JSON.stringify(raw) ?? '')}`;
  return {
    id: rawId.replace(/^urn:uuid:/i, ''),
    url: source,
    canonicalUrl: raw['lede:canonicalUrl'],
    title: raw['lede:title'],
    site: raw['lede:site'],
    createdAt: raw.created ?? raw.modified,
    updatedAt: raw.modified ?? raw.created,
    layer: raw['lede:layer'],
    selectors,
    entities: raw['lede:entities'],
    body,
    tags,
    ...(extra.length ? { extraBodies: extra } : {}),
  };
}
