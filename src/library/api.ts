/**
 * The library's only door to the notes: typed notes messages to the background (which owns the
 * database), unwrapped into values or thrown as Errors with the background's message.
 */
import { browser } from '../shared/browser.ts';
import {
  notesRequest, type NotesMessages, type NotesResponse, type NotesResult, type NotesType,
} from '../shared/notes-protocol.ts';

export type NotesCall = <K extends NotesType>(type: K, payload: NotesMessages[K]['request']) => Promise<NotesResponse<K>>;

/** Sends one notes message and returns its value. */
export const notesApi: NotesCall = async (type, payload) => {
  const result = (await browser.runtime.sendMessage(notesRequest(type, payload))) as NotesResult<NotesResponse<typeof type>> | undefined;
  if (!result || typeof result !== 'object') throw new Error('Lede\'s background did not answer. Reload the page and try again.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
