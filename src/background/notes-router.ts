/**
 * Hands notes messages to the notes service over the one database the background owns. Content
 * scripts run inside web pages, so they get only what a card needs (save a note, read this page's
 * notes); listing, export, import, edits and deletes are for Lede's own pages (popup, library).
 */
import type { Runtime } from '../shared/browser.ts';
import { browser } from '../shared/browser.ts';
import { handleNotesRequest, isNotesRequest, type NotesService } from '../shared/notes-protocol.ts';
import { openNotesDb } from './notes-db.ts';
import { createNotesService } from './notes-service.ts';

const CONTENT_SCRIPT_TYPES = new Set(['notes.save', 'notes.forUrl']);

let service: NotesService | undefined;
const notes = () => (service ??= createNotesService(openNotesDb()));

/** True when the sender is one of Lede's extension pages, not a content script in a web page. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

export function handleNotesMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isNotesRequest(raw)) return undefined;
  if (!isExtensionPage(sender)) {
    if (!CONTENT_SCRIPT_TYPES.has(raw.type)) return Promise.resolve({ ok: false, error: 'Not allowed from a web page.' });
    // A page's content script may read the notes of its own page only.
    if (raw.type === 'notes.forUrl' && sender.url && raw.url !== sender.url) return Promise.resolve({ ok: false, error: 'Not allowed from a web page.' });
  }
  return handleNotesRequest(raw, notes());
}
