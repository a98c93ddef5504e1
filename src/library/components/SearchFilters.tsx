/** The search box and filters (site, tag, entity, layer, dates) and the grouping choice. */
import type { NotesFacets } from '../../core/notes/search-index.ts';
import { NOTE_LAYERS } from '../../core/notes/types.ts';
import type { GroupBy } from '../group-notes.ts';

export interface Filters {
  text: string;
  site: string;
  tag: string;
  entity: string;
  layer: string;
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { text: '', site: '', tag: '', entity: '', layer: '', from: '', to: '' };

interface Props {
  filters: Filters;
  facets: NotesFacets | null;
  groupBy: GroupBy;
  onChange(filters: Filters): void;
  onGroupBy(groupBy: GroupBy): void;
}

function FacetSelect({ id, label, value, options, onChange }: {
  id: string; label: string; value: string; options: { value: string; count: number }[]; onChange(v: string): void;
}) {
  return (
    <label class="field" for={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">Any</option>
        {options.map((o) => <option key={o.value} value={o.value}>{`${o.value} (${o.count})`}</option>)}
      </select>
    </label>
  );
}

export function SearchFilters({ filters, facets, groupBy, onChange, onGroupBy }: Props) {
  const set = (key: keyof Filters) => (value: string) => onChange({ ...filters, [key]: value });
  const active = Object.entries(filters).some(([k, v]) => k !== 'text' && v);
  return (
    <form role="search" class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Search and filter your notes">
      <label class="field search" for="q">
        <span>Search your notes</span>
        <input id="q" type="search" value={filters.text} placeholder="Words, quotes, titles, tags, names…" autoFocus
          onInput={(e) => set('text')((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <FacetSelect id="f-site" label="Site" value={filters.site} options={facets?.sites ?? []} onChange={set('site')} />
      <FacetSelect id="f-tag" label="Tag" value={filters.tag} options={facets?.tags ?? []} onChange={set('tag')} />
      <FacetSelect id="f-entity" label="About" value={filters.entity} options={facets?.entities ?? []} onChange={set('entity')} />
      <label class="field" for="f-layer">
        <span>Kind</span>
        <select id="f-layer" value={filters.layer} onChange={(e) => set('layer')((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">Any</option>
          {NOTE_LAYERS.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
      </label>
      <label class="field" for="f-from"><span>Saved from</span>
        <input id="f-from" type="date" value={filters.from} onInput={(e) => set('from')((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field" for="f-to"><span>to</span>
        <input id="f-to" type="date" value={filters.to} onInput={(e) => set('to')((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <fieldset class="group-by">
        <legend>Group by</legend>
        {(['article', 'entity', 'none'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="group-by" value={g} checked={groupBy === g} onChange={() => onGroupBy(g)} />
            {g === 'article' ? 'Article' : g === 'entity' ? 'Person, place or organization' : 'Nothing'}
          </label>
        ))}
      </fieldset>
      {active && <button type="button" class="link" onClick={() => onChange({ ...NO_FILTERS, text: filters.text })}>Clear filters</button>}
    </form>
  );
}
