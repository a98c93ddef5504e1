/** The card beside a highlight: what Lede knows about it, and a form to save it as a note. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../core/types.ts';
import type { HighlightSpan } from '../../core/highlight-spans.ts';
import { LAYER_LABEL } from '../../shared/layers.ts';
import { checkWorthiness, cueWords, ENTITY_TYPE_WORDS, NUMBER_KIND_WORDS } from './card-words.ts';

export interface SaveInput {
  span: HighlightSpan;
  body: string;
  tags: string[];
}

export interface CardProps {
  span: HighlightSpan;
  annotation: Annotation;
  top: number;
  left: number;
  onJump: (span: HighlightSpan) => void;
  onClose: () => void;
  onSave: (input: SaveInput) => Promise<string | null>;
}

export function Card({ span, annotation, top, left, onJump, onClose, onSave }: CardProps) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => root.current?.focus(), [span]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else if (e.key === 'n' && e.target === root.current) {
      // "n" on the card goes straight to the note field, as "a" does in Hypothesis' adder.
      e.preventDefault();
      root.current?.querySelector('textarea')?.focus();
    }
  };
  return (
    <section ref={root} class="card" role="dialog" aria-label={`Lede: ${LAYER_LABEL[span.layer]}`} aria-describedby="lede-card-help" tabIndex={-1} style={{ top: `${top}px`, left: `${left}px` }} onKeyDown={onKey}>
      <header>
        <span class={`chip chip-${span.layer}`}>{LAYER_LABEL[span.layer]}</span>
        <button class="close" type="button" aria-label="Close card" onClick={onClose}>×</button>
      </header>
      <Details span={span} annotation={annotation} onJump={onJump} />
      <NoteForm span={span} onSave={onSave} />
      <p id="lede-card-help" class="hint">Press N to write a note, Esc to close.</p>
    </section>
  );
}

function Details({ span, annotation, onJump }: { span: HighlightSpan; annotation: Annotation; onJump: (s: HighlightSpan) => void }) {
  const { kind, index } = span.ref;
  if (kind === 'entity') {
    const e = annotation.entities[index];
    if (!e) return null;
    return (
      <div>
        <h2>{e.name}</h2>
        <p class="meta">{ENTITY_TYPE_WORDS[e.type]} · {e.mentions.length} mention{e.mentions.length === 1 ? '' : 's'} in this article</p>
        <ol class="mentions" aria-label="Mentions">
          {e.mentions.map((m) => (
            <li key={`${m.paragraph}:${m.start}`}>
              <button type="button" onClick={() => onJump({ ...span, paragraph: m.paragraph, start: m.start, end: m.end, text: m.text })}>
                ¶{m.paragraph + 1}: {m.text}
              </button>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  if (kind === 'number') {
    const n = annotation.numbers[index];
    if (!n) return null;
    return (
      <div>
        <h2>{n.text}</h2>
        <p class="meta">{NUMBER_KIND_WORDS[n.kind]}{n.value !== undefined && n.value !== null ? ` · value ${String(n.value)}${n.unit ? ` ${n.unit}` : ''}` : ''}</p>
      </div>
    );
  }
  if (kind === 'quote') {
    const q = annotation.quotes[index];
    if (!q) return null;
    const others = annotation.quotes.filter((o, i) => i !== index && o.speaker && o.speaker === q.speaker);
    return (
      <div>
        <blockquote>{q.text}</blockquote>
        <p class="meta">{q.speaker ? `Said by ${q.speaker}` : 'Speaker not named'}</p>
        {others.length > 0 && (
          <>
            <h3>Also said by {q.speaker}</h3>
            <ul class="mentions">
              {others.map((o) => (
                <li key={`${o.paragraph}:${o.start}`}>
                  <button type="button" onClick={() => onJump({ ...span, paragraph: o.paragraph, start: o.start, end: o.end, text: o.text })}>“{o.text}”</button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  const c = annotation.claims[index];
  if (!c) return null;
  const why = cueWords(c.cues);
  return (
    <div>
      <p class="claim-text">{c.text}</p>
      <p class="meta">
        {checkWorthiness(c.score)} ({Math.round(c.score * 100)}%) · {c.kind}
      </p>
      {why.length > 0 && <p class="why">Why: {why.join('; ')}.</p>}
      <a class="search" href={`https://toolbox.google.com/factcheck/explorer/search/${encodeURIComponent(c.text.slice(0, 200))}`} target="_blank" rel="noopener noreferrer">
        Search fact-checks ↗
      </a>
    </div>
  );
}

function NoteForm({ span, onSave }: { span: HighlightSpan; onSave: CardProps['onSave'] }) {
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setStatus(''), [span]);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const err = await onSave({ span, body, tags: tags.split(',').map((t) => t.trim()).filter(Boolean) });
    setBusy(false);
    setStatus(err ? `Not saved: ${err}` : 'Saved to your notes.');
    if (!err) {
      setBody('');
      setTags('');
    }
  };
  return (
    <form class="note" onSubmit={submit}>
      <label>
        Your note
        <textarea value={body} rows={3} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label>
        Tags
        <input type="text" value={tags} placeholder="comma separated, e.g. trade, asia" onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" disabled={busy}>Save note</button>
      <p class="status" role="status">{status}</p>
    </form>
  );
}
