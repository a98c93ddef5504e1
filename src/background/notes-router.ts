/** Hands notes messages to the notes service (src/background/notes-service.ts). */
import type { Runtime } from '../shared/browser.ts';

export function handleNotesMessage(_raw: unknown, _sender: Runtime.MessageSender): Promise<unknown> | undefined {
  return undefined;
}
