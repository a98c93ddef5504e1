/**
 * Lede's one element in the page: a `lede-ui` host with a closed shadow root that holds the card and a
 * screen-reader live region. Page CSS cannot reach in, page scripts cannot read the reader's notes out,
 * and if the page removes the host it is put back (a bounded number of times).
 */
import { render } from 'preact';
import type { Annotation } from '../../core/types.ts';
import type { HighlightSpan } from '../../core/highlight-spans.ts';
import type { DrawnSpan } from '../highlighter.ts';
import { Card, type SaveInput } from './Card.tsx';
import { CARD_CSS } from './card-css.ts';

export interface UiHandlers {
  onClickPoint: (x: number, y: number) => boolean;
  onJump: (span: HighlightSpan) => void;
  onClose: () => void;
  onSave?: (input: SaveInput) => Promise<string | null>;
}

const MAX_REATTACH = 10;

export class LedeUi {
  readonly host: HTMLElement;
  private shadow: ShadowRoot;
  private cardRoot: HTMLElement;
  private live: HTMLElement;
  private guard: MutationObserver;
  private reattached = 0;
  private attached = false;
  private card: { d: DrawnSpan; annotation: Annotation } | null = null;

  constructor(private readonly doc: Document, private readonly handlers: UiHandlers) {
    this.host = doc.createElement('lede-ui');
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    adoptStyles(this.shadow, doc);
    this.live = doc.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.cardRoot = doc.createElement('div');
    this.shadow.append(this.live, this.cardRoot);
    // A page that removes or restyles our host gets it back as it was, up to a limit (no fight loops).
    this.guard = new MutationObserver(() => this.reassert());
    addEventListener('click', this.onClick, { capture: true, passive: true });
    addEventListener('keydown', this.onKey, { capture: true });
  }

  /** Puts our host into the page (once Lede has something to show there). */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.doc.documentElement.appendChild(this.host);
    this.guard.observe(this.doc.documentElement, { childList: true });
    this.guard.observe(this.host, { attributes: true });
  }

  /** Takes our host out, leaving the page's DOM as it was before Lede. */
  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.closeCard();
    this.guard.disconnect();
    this.host.remove();
  }

  private reassert(): void {
    const detached = !this.host.isConnected;
    const restyled = this.host.hasAttribute('style') || this.host.hasAttribute('class');
    if (!detached && !restyled) return;
    if (this.reattached++ >= MAX_REATTACH) return this.guard.disconnect();
    if (restyled) {
      this.host.removeAttribute('style');
      this.host.removeAttribute('class');
    }
    if (detached) this.doc.documentElement.appendChild(this.host);
  }

  private onClick = (e: MouseEvent) => {
    if (e.composedPath().includes(this.host)) return;
    const sel = getSelection();
    if (sel && !sel.isCollapsed) return; // the reader is selecting text, not clicking a highlight
    if (!this.handlers.onClickPoint(e.clientX, e.clientY) && this.card) this.closeCard();
  };

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.card) this.closeCard();
  };

  announce(text: string): void {
    this.live.textContent = '';
    // A fresh node after a tick makes screen readers announce repeated text too.
    setTimeout(() => (this.live.textContent = text), 50);
  }

  openCard(d: DrawnSpan, annotation: Annotation): void {
    this.card = { d, annotation };
    const rect = d.range.getBoundingClientRect();
    const width = 340;
    const left = Math.max(8, Math.min(rect.left + scrollX, scrollX + innerWidth - width - 8));
    const top = rect.bottom + scrollY + 8;
    render(
      <Card
        span={d.span}
        annotation={annotation}
        top={top}
        left={left}
        onJump={this.handlers.onJump}
        onClose={() => this.closeCard()}
        onSave={this.handlers.onSave ?? (async () => 'notes are not available')}
      />,
      this.cardRoot,
    );
  }

  closeCard(): void {
    if (!this.card) return;
    this.card = null;
    render(null, this.cardRoot);
    this.handlers.onClose();
  }

  destroy(): void {
    this.attached = false;
    this.guard.disconnect();
    removeEventListener('click', this.onClick, { capture: true });
    removeEventListener('keydown', this.onKey, { capture: true });
    render(null, this.cardRoot);
    this.host.remove();
  }
}

/** Constructable stylesheets are exempt from a page's style-src CSP; a <style> is the fallback. */
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    shadow.appendChild(style);
  }
}
