/**
 * Follows a live page: text that arrives after load (lazy paragraphs, "read more") and in-page
 * navigation (pushState, back/forward). Re-runs are debounced and capped, so a page that never stops
 * mutating costs at most a handful of re-extractions.
 */
const DEBOUNCE_MS = 600;
const MAX_RERUNS = 20;

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reruns = 0;
  private href: string;

  constructor(private readonly doc: Document, private readonly onChange: () => void) {
    this.href = location.href;
    addEventListener('popstate', this.check);
  }

  /** Starts (or keeps) watching the page for new text and in-page navigation. */
  watch(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => {
      if (location.href !== this.href || records.some(addsText)) this.schedule();
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  private check = () => {
    if (location.href !== this.href) this.schedule();
  };

  private schedule(): void {
    if (this.reruns >= MAX_RERUNS) return this.stop();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.reruns++;
      this.href = location.href;
      this.onChange();
    }, DEBOUNCE_MS);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
  }

  destroy(): void {
    this.stop();
    removeEventListener('popstate', this.check);
  }
}

/** A mutation matters when it adds readable text outside Lede's own elements. */
function addsText(r: MutationRecord): boolean {
  for (const n of Array.from(r.addedNodes)) {
    if (n.nodeName.startsWith('LEDE-')) continue;
    if ((n.textContent?.length ?? 0) > 40) return true;
  }
  return false;
}
