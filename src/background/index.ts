/**
 * The background worker: answers annotation requests from content scripts, owns the notes database,
 * and forwards keyboard commands to the current tab. Only Lede's own contexts may talk to it.
 */
import { browser, type Runtime } from '../shared/browser.ts';
import { toContent, parseContentToBackground, type Result } from '../shared/messages.ts';
import { annotateArticle } from '../core/annotate.ts';
import { models } from './models.ts';
import { handleNotesMessage } from './notes-router.ts';

void models().catch(() => {}); // warm up on start; errors are reported to the page that asks

/** Messages count only from our own extension: its content scripts and its pages. */
function fromLede(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

const fail = (e: unknown): Result<never> => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!fromLede(sender)) return undefined;
  const msg = parseContentToBackground(raw);
  if (msg) {
    return models()
      .then((m) => ({ ok: true as const, value: annotateArticle(msg.article, m, msg.url) }))
      .catch(fail);
  }
  // undefined = not ours to answer (another listener, or nobody: the sender gets an error).
  return handleNotesMessage(raw, sender);
});

browser.commands?.onCommand.addListener(async (command: string) => {
  if (command !== 'toggle-lede' && command !== 'next-highlight' && command !== 'previous-highlight') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, toContent('runCommand', { command })).catch(() => {});
});
