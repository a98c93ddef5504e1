/**
 * Asking the browser to keep the notes under storage pressure. `navigator.storage.persist()` exists only
 * in windows (not in Chromium's background service worker), so the library page asks for the extension's
 * origin itself and falls back to the background (Firefox's background is a page and may answer).
 */
import type { NotesCall } from './api.ts';
import type { PersistState } from '../shared/notes-protocol.ts';

export async function askPersistence(api: NotesCall, storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistState> {
  try {
    if (storage && typeof storage.persist === 'function') {
      const persisted = (typeof storage.persisted === 'function' && (await storage.persisted())) || (await storage.persist());
      return { supported: true, persisted };
    }
    return await api('notes.persist', {});
  } catch {
    return { supported: false, persisted: false };
  }
}
