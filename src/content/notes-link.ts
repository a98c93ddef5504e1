/**
 * The content script's side of notes: turns a highlight into a note draft (W3C selectors over the one
 * article text), and places saved notes back on the page, or reports them as orphans.
 */
import { articleText, describeSelectors, reanchor, type Note, type NoteDraft, type NoteLayer } from '../core/notes/index.ts';
import type { Annotation } from '../core/types.ts';
import type { HighlightSpan } from '../core/highlight-spans.ts';

/** Offset of `paragraphs[p][i]` in `articleText(paragraphs)`. */
export function articleOffset(paragraphs: readonly string[], p: number, i: number): number {
  let off = 0;
  for (let k = 0; k < p; k++) off += paragraphs[k]!.length + 2;
  return off + i;
}

/** Back from an article-text offset range to per-paragraph pieces (a note may run over several). */
export function paragraphPieces(paragraphs: readonly string[], start: number, end: number): { paragraph: number; start: number; end: number }[] {
  const pieces: { paragraph: number; start: number; end: number }[] = [];
  let off = 0;
  for (let p = 0; p < paragraphs.length && off < end; p++) {
    const len = paragraphs[p]!.length;
    const from = Math.max(start, off);
    const to = Math.min(end, off + len);
    if (to > from) pieces.push({ paragraph: p, start: from - off, end: to - off });
    off += len + 2;
  }
  return pieces;
}

function noteLayer(span: HighlightSpan, a: Annotation): NoteLayer {
  if (span.ref.kind === 'entity') return a.entities[span.ref.index]?.type === 'misc' ? 'misc' : (span.layer as NoteLayer);
  return span.layer as NoteLayer;
}

/** Names involved in a span: the entity itself, a quote's speaker, and names mentioned inside it. */
function entitiesIn(span: HighlightSpan, a: Annotation): string[] {
  const names = new Set<string>();
  if (span.ref.kind === 'entity') names.add(a.entities[span.ref.index]!.name);
  if (span.ref.kind === 'quote') {
    const sp = a.quotes[span.ref.index]?.speaker;
    if (sp) names.add(sp);
  }
  for (const e of a.entities) for (const m of e.mentions) if (m.paragraph === span.paragraph && m.start >= span.start && m.end <= span.end) names.add(e.name);
  return [...names];
}

/** The page's canonical URL (`<link rel=canonical>`), absolute, or null. */
export function canonicalHrefOf(doc: Document): string | null {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  try {
    return href ? new URL(href, location.href).href : null;
  } catch {
    return null;
  }
}

export function noteDraft(doc: Document, a: Annotation, span: HighlightSpan, body: string, tags: string[]): NoteDraft {
  const paragraphs = a.article!.paragraphs;
  const start = articleOffset(paragraphs, span.paragraph, span.start);
  return {
    url: location.href,
    canonicalHref: canonicalHrefOf(doc),
    title: a.article?.title ?? doc.title ?? '',
    site: a.article?.site ?? location.hostname,
    layer: noteLayer(span, a),
    selectors: describeSelectors(articleText(paragraphs), start, start + span.end - span.start),
    entities: entitiesIn(span, a),
    body,
    tags,
  };
}

export interface PlacedNote {
  note: Note;
  /** Where the note's text is now, one piece per paragraph; empty for an orphan (never a guess). */
  at: { paragraph: number; start: number; end: number }[];
}

/** Places each saved note on today's article text. */
export function placeNotes(paragraphs: readonly string[], notes: readonly Note[]): PlacedNote[] {
  const text = articleText(paragraphs);
  return notes.map((note) => {
    const found = reanchor(text, note.selectors);
    return { note, at: found ? paragraphPieces(paragraphs, found.start, found.end) : [] };
  });
}
