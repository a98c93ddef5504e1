// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import hypothesisExport from '../../../test/fixtures/notes/hypothesis-export.json' with { type: 'json' };
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { sampleNotes } from '../../../test/fixtures/notes/sample-notes.ts';
import { openNotesDb, toRow, type NotesDb } from '../../background/notes-db.ts';
import { createNotesService } from '../../background/notes-service.ts';
import { handleNotesRequest, notesRequest, type NotesResult } from '../../shared/notes-protocol.ts';
import type { NotesCall } from '../api.ts';
import { Library } from './Library.tsx';

let db: NotesDb;
let root: HTMLElement;

/** The library's api wired to the real service, through the same request guard as the background. */
function apiOver(database: NotesDb): NotesCall {
  const service = createNotesService(database, { storage: null });
  return (async (type: string, payload: object) => {
    const msg = JSON.parse(JSON.stringify(notesRequest(type as never, payload as never)));
    const res = (await handleNotesRequest(msg, service)) as NotesResult<unknown>;
    if (!res.ok) throw new Error(res.error);
    return res.value;
  }) as NotesCall;
}

/** Lets messages, renders, effects and the effects' timers run to rest (a few rounds: each can start the next). */
async function settle(ms = 250) {
  for (let round = 0; round < 3; round++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, ms / 3));
    });
  }
}

async function mount(notes = sampleNotes()) {
  db = openNotesDb({ name: `lib-${Math.random()}` });
  await db.notes.bulkAdd(notes.map(toRow));
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Library api={apiOver(db)} />, root));
  await settle();
}

afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
  await Dexie.delete(db.name);
});

const quotes = () => [...root.querySelectorAll('blockquote')].map((b) => b.textContent);
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;

describe('notes library page', () => {
  it('lists notes grouped by article, and searches as you type', async () => {
    await mount();
    expect(quotes()).toHaveLength(5);
    expect([...root.querySelectorAll('.group h2')].map((h) => h.textContent)).toEqual(['Another story', 'Japan and Britain deepen cooperation on cybersecurity and critical minerals']);
    const search = root.querySelector<HTMLInputElement>('#q')!;
    search.value = 'takaichi';
    await act(() => { search.dispatchEvent(new Event('input', { bubbles: true })); });
    await settle(400);
    expect(quotes()).toEqual(['Sanae Takaichi']);
  });

  it('groups by entity across articles', async () => {
    await mount();
    const radio = root.querySelector<HTMLInputElement>('input[value="entity"]')!;
    await act(() => { radio.click(); });
    await settle();
    const starmer = [...root.querySelectorAll('.group')].find((g) => g.querySelector('h2')!.textContent === 'Keir Starmer')!;
    expect(starmer.querySelectorAll('blockquote')).toHaveLength(2);
  });

  it('deletes with undo', async () => {
    await mount();
    await act(() => { button('Delete the note on “Sanae Takaichi”').click(); });
    await settle();
    expect(quotes()).not.toContain('Sanae Takaichi');
    expect(root.textContent).toContain('Deleted 1 note.');
    await act(() => { button('Undo').click(); });
    await settle();
    expect(quotes()).toContain('Sanae Takaichi');
    expect(await db.notes.count()).toBe(5);
  });

  it('edits a note in place', async () => {
    await mount();
    await act(() => { button('Edit the note on “Sanae Takaichi”').click(); });
    const body = root.querySelector<HTMLTextAreaElement>('textarea')!;
    body.value = 'Edited words';
    await act(() => { body.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => { button('Save').click(); });
    await settle();
    expect(root.textContent).toContain('Edited words');
    expect((await db.notes.toArray()).find((n) => n.exact === 'Sanae Takaichi')!.body).toBe('Edited words');
  });

  it('renders script-like note text as text, never as markup', async () => {
    await mount();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<script>alert("x")</script>');
  });

  it('imports a Hypothesis export and shows the report', async () => {
    await mount([]);
    const text = JSON.stringify(hypothesisExport);
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'hypothesis.json', { type: 'application/json' })], configurable: true });
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    await settle(400);
    expect(root.querySelector('.report')!.textContent).toContain('Hypothesis export: 2 imported, 0 skipped as duplicates, 2 rejected.');
    expect(root.textContent).toContain('a page note with no highlighted text');
    expect(quotes()).toContain('Sanae Takaichi');
  });

  it('shows a clear error for a file from a newer Lede and imports nothing', async () => {
    await mount();
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    const file = JSON.stringify({ format: 'lede-notes', version: 9, exportedAt: '2030-01-01T00:00:00Z', notes: [] });
    Object.defineProperty(input, 'files', { value: [new File([file], 'future.json')], configurable: true });
    await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    await settle(400);
    expect(root.querySelector('.report')!.textContent).toContain('newer Lede (format version 9)');
    expect(await db.notes.count()).toBe(5);
  });

  it('has a label for every form control', async () => {
    await mount();
    for (const el of root.querySelectorAll('input, select, textarea')) {
      const labelled = el.getAttribute('aria-label') || el.closest('label') || (el.id && root.querySelector(`label[for="${el.id}"]`));
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});
