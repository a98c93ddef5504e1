/** The highlight layers a reader sees, in the order the popup lists them, with their names in words. */
import type { EntityType } from '../core/types.ts';

export const LAYERS = ['claim', 'quote', 'person', 'organization', 'place', 'number'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABEL: Record<Layer, string> = {
  claim: 'Claims',
  quote: 'Quotes',
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  number: 'Numbers',
};

/** The layer an entity is drawn in; misc entities (events, laws, agreements) share the organization colour. */
export function layerOfEntity(type: EntityType): Layer {
  return type === 'misc' ? 'organization' : type;
}

export const ALL_LAYERS_ON: Record<Layer, boolean> = Object.fromEntries(LAYERS.map((l) => [l, true])) as Record<Layer, boolean>;
