import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_TEXT, SEED_URL, sampleNotes } from '../../test/fixtures/notes/sample-notes.ts';
import { toLedeJson } from '../core/notes/lede-json.ts';
import { describeSelectors } from '../core/notes/selectors.ts';
import type { NoteDraft } from '../core/notes/types.ts';
import { openNotesDb, toRow, type NotesDb } from './notes-db.ts';
import {
  createNotesService, deleteNotes, exportNotes, importNotes, listNotes, notesForUrl, requestPersistence,
  restoreNotes, saveNote, updateNote,
} from './notes-service.ts';

let n = 0;
const dbs: NotesDb[] = [];
function fresh(name = `svc-${Date.now()}-${n++}`): NotesDb {
  const db = openNotesDb({ name });
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function draft(quote: string, body = ''): NoteDraft {
  const start = SEED_TEXT.indexOf(quote);
  return {
    url: SEED_URL, canonicalHref: 'https://news.example.org/2026/01/31/japan-britain-cyber/', title: 'Japan and Britain',
    layer: 'person', selectors: describeSelectors(SEED_TEXT, start, start + quote.length), entities: ['Keir Starmer'], body, tags: ['uk'],
  };
}

describe('saveNote', () => {
  it('fills id, times, canonical URL and site', async () => {
    const db = fresh();
    const note = await saveNote(db, draft('Keir Starmer', 'first'), { now: () => new Date('2026-02-01T10:00:00Z'), newId: () => 'id-1' });
    expect(note).toMatchObject({
      id: 'id-1', canonicalUrl: 'https://news.example.org/2026/01/31/japan-britain-cyber', site: 'news.example.org',
      createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z', exact: 'Keir Starmer',
    });
  });

  it('two tabs saving at once both land', async () => {
    const name = `svc-concurrent-${n++}`;
    const tabA = fresh(name);
    const tabB = openNotesDb({ name });
    const saves = Array.from({ length: 20 }, (_, i) => saveNote(i % 2 ? tabA : tabB, draft('Sanae Takaichi', `note ${i}`)));
    const saved = await Promise.all(saves);
    expect(new Set(saved.map((s) => s.id)).size).toBe(20);
    expect(await tabA.notes.count()).toBe(20);
    tabB.close();
  });

  it('saving the same note twice keeps one', async () => {
    const db = fresh();
    const [a, b] = await Promise.all([saveNote(db, draft('Keir Starmer', 'same')), saveNote(db, draft('Keir Starmer', 'same'))]);
    expect(a.id).toBe(b.id);
    expect(await db.notes.count()).toBe(1);
  });

  it('a saved note survives closing and reopening the database (browser restart)', async () => {
    const name = `svc-restart-${n++}`;
    const first = openNotesDb({ name });
    const note = await saveNote(first, draft('Keir Starmer', 'keep me'));
    first.close();
    const again = fresh(name);
    expect(await notesForUrl(again, SEED_URL)).toEqual([note]);
  });

  it('refuses a draft without highlighted text, with a reason', async () => {
    await expect(saveNote(fresh(), { ...draft('Keir Starmer'), selectors: [] })).rejects.toThrow(/cannot be saved: no highlighted text/);
  });
});

describe('listNotes', () => {
  async function library(): Promise<NotesDb> {
    const db = fresh();
    await db.notes.bulkAdd(sampleNotes().map(toRow));
    return db;
  }

  it('searches words, quotes, titles and tags by word prefix', async () => {
    const db = await library();
    const ids = async (text: string) => (await listNotes(db, { text })).notes.map((x) => x.id.slice(-2)).sort();
    expect(await ids('asia trip')).toEqual(['01']);
    expect(await ids('shocks')).toEqual(['02']);
    expect(await ids('japan cooperation')).toEqual(['01', '02', '03', '04']);
    expect(await ids('minerals')).toEqual(['01', '02', '03', '04']);
    expect(await ids('premiere')).toEqual(['04']);
    expect(await ids('nothing-like-this')).toEqual([]);
  });

  it('filters by site, tag, layer, entity, date and url, newest first', async () => {
    const db = await library();
    const ids = async (q: object) => (await listNotes(db, q)).notes.map((x) => x.id.slice(-2));
    expect(await ids({ site: 'other.example.com' })).toEqual(['05']);
    expect(await ids({ tag: 'minerals' })).toEqual(['03']);
    expect(await ids({ layer: 'person' })).toEqual(['05', '04', '01']);
    expect(await ids({ entity: 'Keir Starmer' })).toEqual(['02', '01']);
    expect(await ids({ from: '2026-02-02', to: '2026-02-03' })).toEqual(['03', '02']);
    expect(await ids({ url: 'https://news.example.org/2026/01/31/japan-britain-cyber/' })).toEqual(['04', '03', '02', '01']);
    expect(await ids({ entity: 'Keir Starmer', text: 'beijing' })).toEqual(['02']);
    expect(await listNotes(db, { limit: 2 })).toMatchObject({ more: true });
  });
});

describe('update, delete and undo', () => {
  it('updates words and tags and bumps updatedAt', async () => {
    const db = fresh();
    const note = await saveNote(db, draft('Keir Starmer', 'old'), { now: () => new Date('2026-02-01T00:00:00Z') });
    const updated = await updateNote(db, note.id, { body: 'new words', tags: ['a', 'b'] }, { now: () => new Date('2026-02-02T00:00:00Z') });
    expect(updated).toMatchObject({ body: 'new words', tags: ['a', 'b'], createdAt: note.createdAt, updatedAt: '2026-02-02T00:00:00.000Z' });
    expect((await listNotes(db, { text: 'new words' })).notes).toHaveLength(1);
    await expect(updateNote(db, 'missing', { body: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('delete returns what undo needs, and restore brings it back exactly', async () => {
    const db = fresh();
    await db.notes.bulkAdd(sampleNotes().map(toRow));
    const before = await exportNotes(db, 'lede-json', undefined, { now: () => new Date(0) });
    const deleted = await deleteNotes(db, [sampleNotes()[0]!.id, sampleNotes()[3]!.id, 'not-there']);
    expect(deleted.map((d) => d.id)).toEqual([sampleNotes()[0]!.id, sampleNotes()[3]!.id]);
    expect(await db.notes.count()).toBe(3);
    expect(await restoreNotes(db, deleted)).toEqual({ restored: 2 });
    expect(await exportNotes(db, 'lede-json', undefined, { now: () => new Date(0) })).toEqual(before);
  });
});

describe('export and import through the database', () => {
  it('Lede JSON → import into an empty library → export is identical', async () => {
    const source = fresh();
    await source.notes.bulkAdd(sampleNotes().map(toRow));
    const clock = { now: () => new Date('2026-03-01T00:00:00Z') };
    const file = await exportNotes(source, 'lede-json', undefined, clock);
    const target = fresh();
    expect(await importNotes(target, file.content)).toEqual({ format: 'lede-json', imported: 5, duplicates: 0, rejected: [] });
    expect(await exportNotes(target, 'lede-json', undefined, clock)).toEqual(file);
    expect(await importNotes(target, file.content)).toMatchObject({ imported: 0, duplicates: 5 });
  });

  it('exports only the chosen notes', async () => {
    const db = fresh();
    await db.notes.bulkAdd(sampleNotes().map(toRow));
    const file = await exportNotes(db, 'lede-json', [sampleNotes()[1]!.id]);
    expect(JSON.parse(file.content).notes).toHaveLength(1);
  });

  it('a bad file changes nothing and says why', async () => {
    const db = fresh();
    await db.notes.bulkAdd(sampleNotes().map(toRow));
    const report = await importNotes(db, toLedeJson(sampleNotes(), 'x').slice(0, 100));
    expect(report.error).toMatch(/truncated/);
    expect(await db.notes.count()).toBe(5);
  });
});

describe('requestPersistence', () => {
  it('asks once and reports the answer; absent API is reported, not thrown', async () => {
    let asked = 0;
    const storage = { persisted: async () => false, persist: async () => { asked++; return true; } };
    expect(await requestPersistence({ storage })).toEqual({ supported: true, persisted: true });
    expect(asked).toBe(1);
    expect(await requestPersistence({ storage: null })).toEqual({ supported: false, persisted: false });
  });

  it('is bound into a service object', async () => {
    const service = createNotesService(fresh(), { storage: null });
    expect(await service.requestPersistence()).toEqual({ supported: false, persisted: false });
    expect((await service.listNotes({})).notes).toEqual([]);
  });
});

describe('storage faults reach the reader as plain messages', () => {
  it('IndexedDB unavailable (private window): every operation says so, none throws raw', async () => {
    const refusing = {
      open() { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); },
      deleteDatabase() { throw new Error('no'); },
      cmp: indexedDB.cmp.bind(indexedDB),
      databases: async () => [],
    } as unknown as IDBFactory;
    const db = openNotesDb({ name: `svc-private-${n++}`, indexedDB: refusing, IDBKeyRange });
    const service = createNotesService(db, { storage: null });
    await expect(service.saveNote(draft('Keir Starmer'))).rejects.toThrow(/private windows/);
    await expect(service.listNotes({})).rejects.toThrow(/private windows/);
    await expect(service.notesForUrl(SEED_URL)).rejects.toThrow(/private windows/);
    await expect(service.exportNotes('csv')).rejects.toThrow(/private windows/);
    await expect(service.importNotes(toLedeJson(sampleNotes(), 'x'))).rejects.toThrow(/private windows/);
  });

  it('a full disk during save leaves the library as it was and says the disk is full', async () => {
    const db = fresh();
    await db.notes.bulkAdd(sampleNotes().map(toRow));
    db.notes.hook('creating', () => { throw new DOMException('Quota exceeded', 'QuotaExceededError'); });
    await expect(saveNote(db, draft('Sanae Takaichi', 'new'))).rejects.toThrow(/storage space is full/);
    expect(await db.notes.count()).toBe(5);
  });
});
