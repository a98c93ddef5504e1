/**
 * One page's Lede session in the content script: find the article, ask the background to annotate it,
 * draw the highlights, answer the popup, follow the page as it changes. Owns every listener and element
 * it creates; `destroy()` removes them all.
 */
import { extractArticleAsync, type Extraction } from '../core/extract/index.ts';
import { highlightSpans, type HighlightSpan } from '../core/highlight-spans.ts';
import { isEnglish } from '../core/annotate.ts';
import type { Annotation, Article } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { toBackground, type ContentCommand, type PageState, type PageStatus, type Result } from '../shared/messages.ts';
import { loadSettings, siteModeFor } from '../shared/settings.ts';
import { ALL_LAYERS_ON, LAYER_LABEL, LAYERS, type Layer } from '../shared/layers.ts';
import { Highlighter, type DrawnSpan } from './highlighter.ts';
import { spansToRanges } from './spans-to-ranges.ts';
import { LedeUi } from './ui/lede-ui.tsx';
import { yieldToPage } from './yield.ts';
import { notesRequest, type NotesResult } from '../shared/notes-protocol.ts';
import type { Note } from '../core/notes/index.ts';
import { canonicalHrefOf, noteDraft, placeNotes } from './notes-link.ts';
import type { SaveInput } from './ui/Card.tsx';
import { PageWatcher } from './page-watcher.ts';

export class PageSession {
  status: PageStatus = 'working';
  error: string | undefined;
  annotation: Annotation | null = null;
  private extraction: Extraction | null = null;
  private highlighter: Highlighter;
  private layers: Record<Layer, boolean> = { ...ALL_LAYERS_ON };
  private ui: LedeUi;
  private watcher: PageWatcher;
  private cursor = -1;
  private longestSliceMs = 0;
  private runId = 0;

  constructor(private readonly doc: Document) {
    this.highlighter = new Highlighter(doc, this.layers);
    this.ui = new LedeUi(doc, {
      onClickPoint: (x, y) => this.openAt(x, y),
      onJump: (span) => this.focus(span, true),
      onClose: () => this.highlighter.flash(null),
      onSave: (input) => this.saveNote(input),
    });
    this.watcher = new PageWatcher(doc, () => void this.run('auto', true));
    browser.storage.onChanged.addListener(this.onStorage);
  }

  private onStorage = (changes: Record<string, { newValue?: unknown }>) => {
    if (!changes.layers && !changes.sites) return;
    void loadSettings().then((s) => {
      this.layers = s.layers;
      this.highlighter.setVisible(this.layers);
      if (changes.sites && siteModeFor(s, location.hostname) === 'off' && this.status !== 'off') this.turnOff();
    });
  };

  /** Runs the whole path. `trigger` says whether the reader asked (popup, shortcut) or the page loaded. */
  async run(trigger: 'auto' | 'asked', isUpdate = false): Promise<void> {
    const id = ++this.runId;
    const settings = await loadSettings();
    this.layers = settings.layers;
    this.highlighter.setVisible(this.layers);
    const mode = siteModeFor(settings, location.hostname);
    if (trigger === 'auto' && mode !== 'on') return this.setStatus('off');
    if (!isUpdate) this.setStatus('working');
    this.ui.attach();
    // Time every slice of work we do on the page's thread between yields (reported for the speed bench).
    let sliceStart = performance.now();
    this.longestSliceMs = 0;
    const timedYield = async () => {
      this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    };
    try {
      const extraction = await extractArticleAsync(this.doc, { url: location.href, yieldToPage: timedYield });
      this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - sliceStart);
      if (id !== this.runId) return;
      if (isUpdate && sameText(extraction, this.extraction)) return;
      this.extraction = extraction;
      // Watch whatever the outcome: a lazy article or an in-page navigation may bring one later.
      this.watcher.watch();
      if (!extraction) return this.show(null, 'no-article');
      if (!isEnglish(extraction.article)) return this.show(null, 'not-english');
      const res = (await browser.runtime.sendMessage(toBackground('annotatePage', { url: location.href, article: withinBudget(extraction.article) }))) as Result<Annotation>;
      if (id !== this.runId) return;
      if (!res || !res.ok) throw new Error(res?.error ?? 'no answer from Lede');
      this.show(res.value, 'annotated');
      await this.drawNotes();
    } catch (e) {
      if (id !== this.runId) return;
      this.error = e instanceof Error ? e.message : String(e);
      this.setStatus('error');
    }
  }

  private show(annotation: Annotation | null, status: PageStatus): void {
    const t0 = performance.now();
    this.annotation = annotation;
    const ex = this.extraction;
    const drawn: DrawnSpan[] = annotation && ex ? spansToRanges(this.doc, ex.blocks, ex.article.paragraphs, highlightSpans(annotation)) : [];
    this.highlighter.draw(drawn);
    this.cursor = -1;
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - t0);
    // User-timing entries are how the end-to-end tests and `npm run bench:browser` see when we painted
    // and how long our longest piece of work on the page's thread took.
    try {
      performance.measure('lede:longest-task', { start: t0, duration: this.longestSliceMs });
      performance.mark(`lede:drawn-with:${this.highlighter.mode}`);
    } catch {
      /* a page may have replaced performance.measure */
    }
    this.setStatus(status);
    if (status === 'annotated') {
      const counts = LAYERS.map((l) => `${drawn.filter((d) => d.span.layer === l).length} ${LAYER_LABEL[l].toLowerCase()}`);
      this.ui.announce(`Lede marked ${counts.join(', ')}.`);
    }
  }

  private setStatus(status: PageStatus): void {
    this.status = status;
    if (status === 'working') return;
    try {
      performance.mark(`lede:${status}`);
    } catch {
      /* a page may have replaced performance.mark */
    }
  }

  state(): PageState {
    return {
      status: this.status, url: location.href, annotation: this.annotation, layers: this.layers, notes: this.notePlaces,
      ...(this.error ? { error: this.error } : {}),
    };
  }

  private notePlaces: { id: string; placed: boolean }[] = [];

  /** Saves a card's note through the background; returns an error in words, or null when saved. */
  private async saveNote(input: SaveInput): Promise<string | null> {
    if (!this.annotation?.article) return 'this page has no article';
    try {
      const draft = noteDraft(this.doc, this.annotation, input.span, input.body, input.tags);
      const res = (await browser.runtime.sendMessage(notesRequest('notes.save', { draft }))) as NotesResult<Note>;
      if (!res?.ok) return res?.error ?? 'no answer from Lede';
      this.ui.announce('Note saved.');
      await this.drawNotes();
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }

  /** Draws the reader's saved notes for this page where their text still is; the rest are orphans. */
  private async drawNotes(): Promise<void> {
    const ex = this.extraction;
    if (!ex) return;
    try {
      const res = (await browser.runtime.sendMessage(notesRequest('notes.forUrl', { url: location.href, canonicalHref: canonicalHrefOf(this.doc) }))) as NotesResult<Note[]>;
      if (!res?.ok) return;
      const placed = placeNotes(ex.article.paragraphs, res.value);
      this.notePlaces = placed.map((p) => ({ id: p.note.id, placed: p.at.length > 0 }));
      const text = (p: { paragraph: number; start: number; end: number }) => ex.article.paragraphs[p.paragraph]!.slice(p.start, p.end);
      const spans = placed.flatMap((p) => p.at.map((at) => ({ layer: 'claim' as Layer, ...at, text: text(at), ref: { kind: 'claim' as const, index: -1 } })));
      this.highlighter.drawNotes(spansToRanges(this.doc, ex.blocks, ex.article.paragraphs, spans).map((d) => d.range));
    } catch {
      /* notes unavailable (e.g. storage blocked): the annotation still stands */
    }
  }

  turnOff(): void {
    this.runId++;
    this.highlighter.clear();
    this.ui.closeCard();
    this.watcher.stop();
    this.annotation = null;
    this.extraction = null;
    this.setStatus('off');
    this.ui.announce('Lede is off on this page.');
    // Let the announcement be read, then leave the page's DOM exactly as it was before Lede.
    setTimeout(() => this.status === 'off' && this.ui.detach(), 1_500);
  }

  async command(cmd: ContentCommand): Promise<void> {
    if (cmd === 'toggle-lede') return this.status === 'off' ? this.run('asked') : this.turnOff();
    if (cmd === 'annotate-now') return this.run('asked');
    const visible = this.visibleSpans();
    if (!visible.length) return;
    this.cursor = (this.cursor + (cmd === 'next-highlight' ? 1 : -1) + visible.length) % visible.length;
    this.focus(visible[this.cursor]!.span, true);
  }

  /** Scrolls to a span, flashes it and opens its card (popup click, jump-to, next/previous). */
  focus(span: Pick<HighlightSpan, 'paragraph' | 'start' | 'end' | 'layer'>, openCard: boolean): boolean {
    const d = this.highlighter.spans.find((x) => x.span.paragraph === span.paragraph && x.span.start === span.start && x.span.end === span.end && x.span.layer === span.layer);
    if (!d) return false;
    const el = d.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    this.highlighter.flash(d.range);
    if (openCard && this.annotation) this.ui.openCard(d, this.annotation);
    return true;
  }

  private visibleSpans(): DrawnSpan[] {
    return this.highlighter.spans.filter((d) => this.layers[d.span.layer]);
  }

  /** A click on the page: if it landed on a highlight, open the card of the smallest one there. */
  private openAt(x: number, y: number): boolean {
    if (!this.annotation) return false;
    const pos = caretAt(this.doc, x, y);
    if (!pos) return false;
    let best: DrawnSpan | undefined;
    for (const d of this.visibleSpans()) {
      try {
        if (d.range.isPointInRange(pos.node, pos.offset) && pos.offset !== d.range.endOffset && (!best || d.span.end - d.span.start < best.span.end - best.span.start)) best = d;
      } catch {
        /* the range's nodes left the document */
      }
    }
    if (!best) return false;
    this.cursor = this.visibleSpans().indexOf(best);
    this.ui.openCard(best, this.annotation);
    return true;
  }

  destroy(): void {
    this.runId++;
    this.highlighter.clear();
    this.watcher.destroy();
    this.ui.destroy();
    browser.storage.onChanged.removeListener(this.onStorage);
  }
}

/**
 * A page far longer than any article (a 10 MB dump) is annotated in its first part only, so the
 * reader gets highlights in seconds rather than an error; offsets stay valid because paragraphs are
 * dropped from the end, never cut.
 */
const ANNOTATE_BUDGET_CHARS = 400_000;
function withinBudget(article: Article): Article {
  let total = 0;
  let n = 0;
  for (const p of article.paragraphs) {
    if (total + p.length > ANNOTATE_BUDGET_CHARS && n > 0) break;
    total += p.length;
    n++;
  }
  return n === article.paragraphs.length ? article : { ...article, paragraphs: article.paragraphs.slice(0, n) };
}

function sameText(a: Extraction | null, b: Extraction | null): boolean {
  if (!a || !b) return a === b;
  const pa = a.article.paragraphs, pb = b.article.paragraphs;
  return pa.length === pb.length && pa.every((p: string, i: number) => p === pb[i]);
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
