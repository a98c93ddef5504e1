/**
 * Lede's one message protocol. Maps are named by direction; each entry gives the request payload and
 * the response value. Every listener checks raw messages with `parse*` before acting and answers with a
 * serializable `Result` (Error objects do not survive structured cloning).
 */
import type { Annotation, Article } from '../core/types.ts';
import { LAYERS, type Layer } from './layers.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the content script knows about its page, as the popup shows it. */
export type PageStatus = 'working' | 'annotated' | 'no-article' | 'not-english' | 'off' | 'error';

export interface PageState {
  status: PageStatus;
  url: string;
  annotation: Annotation | null;
  layers: Record<Layer, boolean>;
  /** The reader's saved notes for this page: placed on the text, or orphaned (the text is gone). */
  notes: { id: string; placed: boolean }[];
  error?: string;
}

/** Content script → background. */
export interface ContentToBackground {
  annotatePage: { request: { url: string; article: Article }; response: Annotation };
}

/** Popup, library or background → content script (via tabs.sendMessage). */
export interface ToContent {
  getPageState: { request: Record<never, never>; response: PageState };
  focusSpan: { request: { layer: Layer; paragraph: number; start: number; end: number }; response: boolean };
  runCommand: { request: { command: ContentCommand }; response: PageState };
}

export type ContentCommand = 'toggle-lede' | 'next-highlight' | 'previous-highlight' | 'annotate-now';
const COMMANDS: readonly ContentCommand[] = ['toggle-lede', 'next-highlight', 'previous-highlight', 'annotate-now'];

type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;
export type Message<M, K extends keyof M = keyof M> = K extends keyof M ? { lede: 1; type: K } & RequestOf<M, K> : never;

/** Builds a message for the content script, so callers never spell the envelope by hand. */
export function toContent<K extends keyof ToContent>(type: K, payload: RequestOf<ToContent, K>): Message<ToContent, K> {
  return { lede: 1, type, ...(payload as object) } as Message<ToContent, K>;
}

/** Builds a message for the background. */
export function toBackground<K extends keyof ContentToBackground>(type: K, payload: RequestOf<ContentToBackground, K>): Message<ContentToBackground, K> {
  return { lede: 1, type, ...(payload as object) } as Message<ContentToBackground, K>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNat = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStrOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/** Largest article we accept over the wire: far above any real article, small enough to annotate quickly. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export function parseArticle(v: unknown): Article | null {
  if (!isObject(v) || !Array.isArray(v.paragraphs)) return null;
  if (!v.paragraphs.every((p) => typeof p === 'string')) return null;
  if (!['title', 'byline', 'published', 'site', 'language'].every((k) => isStrOrNull(v[k]))) return null;
  let total = 0;
  for (const p of v.paragraphs as string[]) total += p.length;
  if (total > MAX_ARTICLE_CHARS || v.paragraphs.length > 20_000) return null;
  const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : null);
  return { title: s('title'), byline: s('byline'), published: s('published'), site: s('site'), language: s('language'), paragraphs: [...(v.paragraphs as string[])] };
}

/** Checks a raw message meant for the background; null when it is not one of ours or is malformed. */
export function parseContentToBackground(raw: unknown): Message<ContentToBackground> | null {
  if (!isObject(raw) || raw.lede !== 1) return null;
  if (raw.type === 'annotatePage') {
    const article = parseArticle(raw.article);
    if (!article || typeof raw.url !== 'string' || raw.url.length > 10_000) return null;
    return { lede: 1, type: 'annotatePage', url: raw.url, article };
  }
  return null;
}

/** Checks a raw message meant for the content script. */
export function parseToContent(raw: unknown): Message<ToContent> | null {
  if (!isObject(raw) || raw.lede !== 1) return null;
  switch (raw.type) {
    case 'getPageState':
      return { lede: 1, type: 'getPageState' };
    case 'focusSpan':
      if (!(LAYERS as readonly unknown[]).includes(raw.layer) || !isNat(raw.paragraph) || !isNat(raw.start) || !isNat(raw.end)) return null;
      return { lede: 1, type: 'focusSpan', layer: raw.layer as Layer, paragraph: raw.paragraph as number, start: raw.start as number, end: raw.end as number };
    case 'runCommand':
      return (COMMANDS as readonly unknown[]).includes(raw.command) ? { lede: 1, type: 'runCommand', command: raw.command as ContentCommand } : null;
    default:
      return null;
  }
}
