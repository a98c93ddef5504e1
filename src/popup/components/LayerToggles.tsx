/** Counts per layer, each with a switch; the choice is remembered for every page. */
import { highlightSpans } from '../../core/highlight-spans.ts';
import { LAYERS, LAYER_LABEL, type Layer } from '../../shared/layers.ts';
import type { PageState } from '../../shared/messages.ts';

export function LayerToggles({ state, onChange }: { state: PageState; onChange: (l: Record<Layer, boolean>) => void }) {
  const spans = state.annotation ? highlightSpans(state.annotation) : [];
  return (
    <fieldset class="layers">
      <legend>Highlights on this page</legend>
      {LAYERS.map((l) => (
        <label key={l} class={`layer layer-${l}`}>
          <input type="checkbox" checked={state.layers[l]} onChange={(e) => onChange({ ...state.layers, [l]: (e.target as HTMLInputElement).checked })} />
          <span class={`swatch swatch-${l}`} aria-hidden="true" />
          {LAYER_LABEL[l]} <span class="count" data-layer={l}>{spans.filter((s) => s.layer === l).length}</span>
        </label>
      ))}
    </fieldset>
  );
}
