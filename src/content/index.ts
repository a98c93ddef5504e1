/**
 * Content script entry. Runs once per page even when injected twice (manifest + "annotate this page"
 * from the popup), answers only Lede's own messages, and keeps every failure inside itself.
 */
import { browser, type Runtime } from '../shared/browser.ts';
import { parseToContent, type PageState } from '../shared/messages.ts';
import { PageSession } from './session.ts';

const FLAG = Symbol.for('lede.content');
const g = globalThis as { [FLAG]?: PageSession };

if (!g[FLAG] && document.documentElement && document.contentType !== 'application/pdf') {
  const session = new PageSession(document);
  g[FLAG] = session;

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseToContent(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'getPageState':
        return Promise.resolve(session.state());
      case 'focusSpan':
        return Promise.resolve(session.focus(msg, false));
      case 'runCommand':
        return session.command(msg.command).then((): PageState => session.state());
    }
  });

  void session.run('auto');
}
