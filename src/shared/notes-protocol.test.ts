import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleNotes, SEED_TEXT } from '../../test/fixtures/notes/sample-notes.ts';
import { describeSelectors } from '../core/notes/selectors.ts';
import { handleNotesRequest, isAllowedFrom, isNotesRequest, notesRequest, type NotesService } from './notes-protocol.ts';

const draft = { url: 'https://e.org/a', layer: 'claim' as const, selectors: describeSelectors(SEED_TEXT, 0, 20) };

function fakeService(overrides: Partial<NotesService> = {}): NotesService {
  const none = async () => { throw new Error('unexpected call'); };
  return {
    saveNote: none, updateNote: none, deleteNotes: none, restoreNotes: none, listNotes: none, notesForUrl: none, facets: none,
    exportNotes: none, importNotes: none, requestPersistence: none, ...overrides,
  } as NotesService;
}

describe('isNotesRequest', () => {
  it('accepts every well-formed message', () => {
    const good = [
      notesRequest('notes.save', { draft }),
      notesRequest('notes.update', { id: 'a', patch: { body: 'x', tags: ['t'] } }),
      notesRequest('notes.delete', { ids: ['a', 'b'] }),
      notesRequest('notes.restore', { notes: sampleNotes() }),
      notesRequest('notes.list', { query: { text: 'starmer', layer: 'person', limit: 10 } }),
      notesRequest('notes.forUrl', { url: 'https://e.org/a' }),
      notesRequest('notes.export', { format: 'markdown' }),
      notesRequest('notes.export', { format: 'csv', ids: ['a'] }),
      notesRequest('notes.import', { text: '{}' }),
      notesRequest('notes.persist', {}),
      notesRequest('notes.facets', {}),
      notesRequest('notes.forUrl', { url: 'https://e.org/a', canonicalHref: null }),
    ];
    for (const m of good) expect(isNotesRequest(m), m.type).toBe(true);
  });

  it('rejects malformed payloads, other types and missing envelopes', () => {
    const bad: unknown[] = [
      null, 'notes.list', [], { type: 'notes.list', query: {} },
      { lede: 1, type: 'notes.nope' }, { lede: 1, type: 'toString' }, { lede: 1, type: '__proto__' },
      { lede: 1, type: 'notes.save', draft: { ...draft, layer: 'evil' } },
      { lede: 1, type: 'notes.save', draft: { ...draft, selectors: 'x' } },
      { lede: 1, type: 'notes.save', draft: { ...draft, tags: [1] } },
      { lede: 1, type: 'notes.update', id: '', patch: {} },
      { lede: 1, type: 'notes.update', id: 'a', patch: { layer: 'x' } },
      { lede: 1, type: 'notes.delete', ids: [1] },
      { lede: 1, type: 'notes.restore', notes: [{ id: 'x' }] },
      { lede: 1, type: 'notes.list', query: { limit: -1 } },
      { lede: 1, type: 'notes.list', query: { text: 5 } },
      { lede: 1, type: 'notes.export', format: 'pdf' },
      { lede: 1, type: 'notes.import', text: 5 },
    ];
    for (const m of bad) expect(isNotesRequest(m), JSON.stringify(m)).toBe(false);
  });

  it('fuzz: random objects are rejected and checking never throws', () => {
    const types = fc.constantFrom('notes.save', 'notes.update', 'notes.delete', 'notes.restore', 'notes.list', 'notes.forUrl', 'notes.export', 'notes.import', 'x');
    fc.assert(fc.property(fc.record({ lede: fc.oneof(fc.constant(1), fc.anything()), type: types }), fc.dictionary(fc.string(), fc.anything()), (head, body) => {
      const msg = { ...body, ...head };
      const accepted = isNotesRequest(msg);
      // Only the argument-free message can be accepted with random payloads.
      if (accepted) expect(['notes.list', 'notes.persist', 'notes.delete', 'notes.restore', 'notes.forUrl', 'notes.import', 'notes.export', 'notes.update', 'notes.save']).toContain(msg.type);
    }), { numRuns: 2000 });
    const hostile = new Proxy({}, { get() { throw new Error('trap'); } });
    expect(isNotesRequest(hostile)).toBe(false);
  });
});

describe('handleNotesRequest', () => {
  it('dispatches and wraps the value', async () => {
    const service = fakeService({ listNotes: async (q) => ({ notes: [], more: q.limit === 1 }) });
    expect(await handleNotesRequest(notesRequest('notes.list', { query: { limit: 1 } }), service)).toEqual({ ok: true, value: { notes: [], more: true } });
  });

  it('turns failures into serializable errors', async () => {
    const service = fakeService({ exportNotes: async () => { throw new Error('disk full'); } });
    const result = await handleNotesRequest(notesRequest('notes.export', { format: 'csv' }), service);
    expect(result).toEqual({ ok: false, error: 'disk full' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('refuses a malformed request even if the caller skipped the guard', async () => {
    const result = await handleNotesRequest({ lede: 1, type: 'notes.delete', ids: 'all' } as never, fakeService());
    expect(result).toEqual({ ok: false, error: 'Malformed notes request.' });
  });
});

describe('isAllowedFrom', () => {
  it('lets content scripts only save and read their page; extension pages do everything', () => {
    expect(isAllowedFrom(notesRequest('notes.save', { draft }), 'content-script')).toBe(true);
    expect(isAllowedFrom(notesRequest('notes.forUrl', { url: 'https://e.org' }), 'content-script')).toBe(true);
    for (const req of [notesRequest('notes.list', { query: {} }), notesRequest('notes.delete', { ids: ['a'] }), notesRequest('notes.export', { format: 'csv' }), notesRequest('notes.import', { text: '' })]) {
      expect(isAllowedFrom(req, 'content-script')).toBe(false);
      expect(isAllowedFrom(req, 'extension-page')).toBe(true);
    }
  });
});
