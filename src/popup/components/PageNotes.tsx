/** The reader's notes on this page, with those whose text is gone marked as orphans. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';
import { notesRequest, type NotesResult } from '../../shared/notes-protocol.ts';
import type { Note } from '../../core/notes/index.ts';

export function PageNotes({ url, places }: { url: string; places: { id: string; placed: boolean }[] }) {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!/^https?:/.test(url)) return;
    browser.runtime
      .sendMessage(notesRequest('notes.forUrl', { url }))
      .then((r) => {
        const res = r as NotesResult<Note[]>;
        if (res?.ok) setNotes(res.value);
        else setError(res?.error ?? 'notes unavailable');
      })
      .catch((e: unknown) => setError(String(e)));
  }, [url]);
  if (error) return <p class="muted">Your notes could not be read: {error}</p>;
  if (!notes || notes.length === 0) return null;
  const orphan = new Set(places.filter((p) => !p.placed).map((p) => p.id));
  return (
    <section aria-labelledby="h-notes">
      <h2 id="h-notes">Your notes on this page</h2>
      <ul class="notes">
        {notes.map((n) => (
          <li key={n.id}>
            <blockquote>{n.exact}</blockquote>
            {n.body && <p>{n.body}</p>}
            {n.tags.length > 0 && <p class="muted">{n.tags.map((t) => `#${t}`).join(' ')}</p>}
            {orphan.has(n.id) && <p class="muted">This text is no longer on the page; the note is kept.</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
