/** The popup: this page's article, its highlights by layer, the reader's site choice and notes. */
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../shared/messages.ts';
import { browser } from '../shared/browser.ts';
import { loadSettings, saveLayers, saveSiteMode, siteModeFor, type Settings, type SiteMode } from '../shared/settings.ts';
import { annotateNow, currentTab, focusSpan, hasSiteAccess, pageState, requestSiteAccess } from './tab-link.ts';
import { Highlights } from './components/Highlights.tsx';
import { LayerToggles } from './components/LayerToggles.tsx';
import { SiteControl } from './components/SiteControl.tsx';
import { PageNotes } from './components/PageNotes.tsx';

interface View {
  tab: { id: number; url: string } | null;
  state: PageState | null;
  access: boolean;
  siteMode: SiteMode;
  settings: Settings;
}

export function App({ fixedTabId }: { fixedTabId: number | null }) {
  const [view, setView] = useState<View | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    const tab = await currentTab(fixedTabId);
    const [state, access, settings] = await Promise.all([tab ? pageState(tab.id) : null, hasSiteAccess(), loadSettings()]);
    const host = hostOf(state?.url ?? tab?.url ?? '');
    setView({ tab, state, access, siteMode: siteModeFor(settings, host), settings });
    document.body.dataset.ready = state?.status === 'working' ? '' : 'yes'; // for tests and the bench
    if (document.body.dataset.ready && !performance.getEntriesByName('lede:popup-ready').length) performance.mark('lede:popup-ready');
    return state;
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const poll = async () => {
      const state = await refresh();
      if (state?.status === 'working' && tries++ < 50) timer = setTimeout(poll, 200);
    };
    void poll();
    return () => clearTimeout(timer);
  }, []);

  if (!view) return <p class="muted">Reading this page…</p>;
  const { tab, state } = view;
  const host = hostOf(state?.url ?? tab?.url ?? '');
  const article = state?.annotation?.article;

  const readNow = async () => {
    if (!tab) return;
    setBusy(true);
    await annotateNow(tab.id).catch(() => null);
    await refresh();
    setBusy(false);
  };

  return (
    <>
      <header class="top">
        <h1>{article?.title ?? 'Lede'}</h1>
        {article && <p class="muted">{[article.site, article.byline].filter(Boolean).join(' · ')}</p>}
      </header>
      <Status state={state} busy={busy} siteMode={view.siteMode} onReadNow={readNow} canRead={!!tab && /^https?:/.test(tab.url || state?.url || 'http:')} />
      {!view.access && (
        <p class="notice">
          Lede reads this tab when you ask. To read articles on every site without asking,{' '}
          <button type="button" class="link" onClick={async () => (await requestSiteAccess()) && refresh()}>
            allow access to all sites
          </button>
          .
        </p>
      )}
      {state?.status === 'annotated' && state.annotation && tab && (
        <>
          <LayerToggles state={state} onChange={async (layers) => { await saveLayers(layers); await refresh(); }} />
          <Highlights annotation={state.annotation} layers={state.layers} onFocus={(s) => focusSpan(tab.id, s)} />
        </>
      )}
      {host && <SiteControl host={host} mode={view.siteMode} onChange={async (m) => { await saveSiteMode(host, m, view.settings); await refresh(); }} />}
      <PageNotes url={state?.url ?? tab?.url ?? ''} places={state?.notes ?? []} />
      <footer>
        <button type="button" class="link" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('src/library/index.html') })}>
          Open your notes library
        </button>
      </footer>
    </>
  );
}

function Status({ state, busy, siteMode, canRead, onReadNow }: { state: PageState | null; busy: boolean; siteMode: SiteMode; canRead: boolean; onReadNow: () => void }) {
  const read = (label: string) =>
    canRead ? (
      <button type="button" class="primary" disabled={busy} onClick={onReadNow}>
        {busy ? 'Reading…' : label}
      </button>
    ) : null;
  if (!state) return <div class="status"><p>Lede has not read this page.</p>{read('Read this page')}</div>;
  switch (state.status) {
    case 'working':
      return <p class="status">Reading the article…</p>;
    case 'no-article':
      return <p class="status">Lede found no article on this page, so it marks nothing here.</p>;
    case 'not-english':
      return <p class="status">This article is not in English. Lede reads English articles only, so it shows nothing here rather than guesses.</p>;
    case 'off':
      return <div class="status"><p>{siteMode === 'ask' ? 'On this site Lede reads articles only when you ask.' : 'Lede is off on this page.'}</p>{read('Read this page now')}</div>;
    case 'error':
      return <div class="status"><p>Lede could not read this page: {state.error ?? 'unknown error'}.</p>{read('Try again')}</div>;
    default:
      return null;
  }
}

function hostOf(url: string): string {
  try {
    return /^https?:$/.test(new URL(url).protocol) ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
