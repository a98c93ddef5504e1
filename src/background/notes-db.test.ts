import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleNotes } from '../../test/fixtures/notes/sample-notes.ts';
import { parseImport } from '../core/notes/import.ts';
import { toLedeJson } from '../core/notes/lede-json.ts';
import { searchWords } from '../core/notes/search-words.ts';
import { describeStorageError, importIntoDb, LATEST_VERSION, openNotesDb, SCHEMA, toRow, type NotesDb } from './notes-db.ts';

let counter = 0;
const opened: Dexie[] = [];
function freshName(): string {
  return `lede-test-${Date.now()}-${counter++}`;
}
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('schema', () => {
  it('declares every version with the full store list, append only', () => {
    expect(Object.keys(SCHEMA).map(Number)).toEqual([1, 2]);
    expect(LATEST_VERSION).toBe(2);
    // v2 keeps every v1 index: a migration must never drop a way to find notes.
    for (const index of SCHEMA[1]!.notes!.split(',').map((s) => s.trim())) expect(SCHEMA[2]!.notes).toContain(index);
  });
});

describe('migration v1 → v2', () => {
  it('keeps every v1 row unchanged and adds search words', async () => {
    const name = freshName();
    const v1 = openNotesDb({ name, version: 1 });
    const notes = sampleNotes();
    // Real v1 rows had no `words` field.
    await v1.table('notes').bulkAdd(notes.map((n) => ({ ...n })));
    // A damaged v1 row (missing lists) must not stop the upgrade.
    await v1.table('notes').add({ id: 'damaged', url: 'https://x.example/', canonicalUrl: 'https://x.example/', createdAt: '2026-01-01T00:00:00.000Z', exact: 'Odd row' });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = track(openNotesDb({ name }));
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = await v2.notes.toArray();
    expect(rows).toHaveLength(notes.length + 1);
    for (const note of notes) {
      const row = rows.find((r) => r.id === note.id)!;
      const { words, ...rest } = row;
      expect(rest).toEqual(note);
      expect(words).toEqual(searchWords(note));
    }
    expect(rows.find((r) => r.id === 'damaged')!.words).toEqual(['odd', 'row']);
    // The new index answers queries over migrated rows.
    const hits = await v2.notes.where('words').startsWith('starm').primaryKeys();
    expect(hits.length).toBeGreaterThan(0);
    // Old indexes still work.
    expect(await v2.notes.where('tags').equals('minerals').count()).toBe(1);
  });

  it('leaves v1 data intact when an upgrade fails midway', async () => {
    const name = freshName();
    const v1 = openNotesDb({ name, version: 1 });
    await v1.table('notes').bulkAdd(sampleNotes());
    v1.close();
    const broken = new Dexie(name);
    broken.version(1).stores(SCHEMA[1]!);
    broken.version(2).stores(SCHEMA[2]!).upgrade(async (tx) => {
      await tx.table('notes').toCollection().modify((row: Record<string, unknown>) => { row.words = []; });
      throw new Error('browser closed during upgrade');
    });
    await expect(broken.open()).rejects.toThrow();
    broken.close();
    const again = track(openNotesDb({ name, version: 1 }));
    await again.open();
    expect(again.verno).toBe(1);
    const rows = await again.table('notes').toArray();
    expect(rows).toEqual(sampleNotes());
  });
});

describe('importIntoDb', () => {
  async function withNotes(): Promise<NotesDb> {
    const db = track(openNotesDb({ name: freshName() }));
    await db.notes.bulkAdd(sampleNotes().slice(0, 3).map(toRow));
    return db;
  }

  it('adds new notes, skips duplicates by id and by page+text+words, changes nothing stored', async () => {
    const db = await withNotes();
    const before = await db.notes.toArray();
    const all = sampleNotes();
    const changedTwin = { ...all[0]!, body: 'edited elsewhere' }; // same id, different words: still a duplicate id
    const sameContent = { ...all[1]!, id: 'another-id' }; // new id, same page, text and words
    const file = toLedeJson([...all, { ...changedTwin, id: all[0]!.id }, sameContent], '2026-02-10T00:00:00.000Z');
    const report = await importIntoDb(db, parseImport(file));
    expect(report.error).toBeUndefined();
    expect(report.imported).toBe(2);
    expect(report.duplicates).toBe(5);
    const after = await db.notes.toArray();
    expect(after).toHaveLength(5);
    for (const row of before) expect(after.find((r) => r.id === row.id)).toEqual(row);
  });

  it('writes nothing when the disk fills up midway (one transaction)', async () => {
    const db = await withNotes();
    const before = await db.notes.toArray();
    let writes = 0;
    db.notes.hook('creating', () => {
      if (++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const many = Array.from({ length: 20 }, (_, i) => ({ ...sampleNotes()[0]!, id: `bulk-${i}`, body: `note ${i}` }));
    await expect(importIntoDb(db, parseImport(toLedeJson(many, '2026-02-10T00:00:00.000Z')))).rejects.toThrow(/full/);
    expect(await db.notes.toArray()).toEqual(before);
  });
});

describe('describeStorageError', () => {
  it('puts quota, missing IndexedDB, newer database and upgrade failures in plain words', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toMatch(/storage space is full/);
    expect(describeStorageError(Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }))).toMatch(/full/);
    expect(describeStorageError(new Dexie.MissingAPIError())).toMatch(/private windows/);
    expect(describeStorageError(new Dexie.VersionError())).toMatch(/newer Lede/);
    expect(describeStorageError(new Dexie.UpgradeError())).toMatch(/no note was lost/);
    expect(describeStorageError('weird')).toMatch(/weird/);
  });

  it('reports an unavailable IndexedDB plainly when opening', async () => {
    const unavailable = {
      open() { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); },
      deleteDatabase() { throw new Error('no'); },
      cmp: indexedDB.cmp.bind(indexedDB),
      databases: async () => [],
    } as unknown as IDBFactory;
    const db = openNotesDb({ name: freshName(), indexedDB: unavailable, IDBKeyRange });
    const error = await db.open().then(() => null, (e: unknown) => e);
    expect(describeStorageError(error)).toMatch(/private windows/);
  });
});
