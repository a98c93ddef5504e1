/** This page's highlights: claims ranked by score, quotes grouped by speaker, entities by type, numbers. */
import type { Annotation } from '../../core/types.ts';
import { layerOfEntity, type Layer } from '../../shared/layers.ts';
import { checkWorthiness } from '../../content/ui/card-words.ts';

type Focus = (s: { layer: Layer; paragraph: number; start: number; end: number }) => void;

export function Highlights({ annotation, layers, onFocus }: { annotation: Annotation; layers: Record<Layer, boolean>; onFocus: Focus }) {
  const claims = [...annotation.claims].filter((c) => c.score >= 0.5).sort((a, b) => b.score - a.score);
  const bySpeaker = new Map<string, typeof annotation.quotes>();
  for (const q of annotation.quotes) {
    const k = q.speaker ?? 'Unattributed';
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), q]);
  }
  const types = [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places'], ['misc', 'Other names']] as const;
  return (
    <div class="lists">
      {layers.claim && claims.length > 0 && (
        <section aria-labelledby="h-claims">
          <h2 id="h-claims">Claims to check</h2>
          <ol class="items">
            {claims.map((c) => (
              <li key={`${c.paragraph}:${c.start}`}>
                <button type="button" class="item" onClick={() => onFocus({ layer: 'claim', ...c })}>
                  <span class="score" title={checkWorthiness(c.score)}>{Math.round(c.score * 100)}</span> {c.text}
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      {layers.quote && bySpeaker.size > 0 && (
        <section aria-labelledby="h-quotes">
          <h2 id="h-quotes">Quotes</h2>
          {[...bySpeaker].map(([speaker, qs]) => (
            <div key={speaker}>
              <h3>{speaker}</h3>
              <ul class="items">
                {qs.map((q) => (
                  <li key={`${q.paragraph}:${q.start}`}>
                    <button type="button" class="item" onClick={() => onFocus({ layer: 'quote', ...q })}>“{q.text}”</button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {types.map(([type, label]) => {
        const layer = layerOfEntity(type);
        const list = annotation.entities.filter((e) => e.type === type);
        if (!layers[layer] || list.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`h-${type}`}>
            <h2 id={`h-${type}`}>{label}</h2>
            <ul class="chips">
              {list.map((e) => (
                <li key={e.id}>
                  <button type="button" class={`chip chip-${layer}`} onClick={() => onFocus({ layer, ...e.mentions[0]! })}>
                    {e.name} <span class="muted">×{e.mentions.length}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {layers.number && annotation.numbers.length > 0 && (
        <section aria-labelledby="h-numbers">
          <h2 id="h-numbers">Numbers</h2>
          <ul class="chips">
            {annotation.numbers.map((n) => (
              <li key={`${n.paragraph}:${n.start}`}>
                <button type="button" class="chip chip-number" onClick={() => onFocus({ layer: 'number', ...n })}>{n.text}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
