/** How a card says things in words: check-worthiness, cues, kinds. Pure, shared with the popup. */
import type { ClaimCue, NumberKind, EntityType } from '../../core/types.ts';

export function checkWorthiness(score: number): string {
  if (score >= 0.85) return 'Very check-worthy';
  if (score >= 0.65) return 'Check-worthy';
  if (score >= 0.5) return 'Possibly check-worthy';
  return 'Unlikely to need checking';
}

const CUE_WORDS: Record<ClaimCue, string> = {
  number: 'it states a figure',
  comparison: 'it makes a comparison',
  causal: 'it says one thing caused another',
  'named-source': 'it cites a named source',
  'named-entity': 'it is about named people or bodies',
  event: 'it reports an event',
  prediction: 'it predicts what will happen',
  quote: 'it is a quotation',
};

export function cueWords(cues: readonly ClaimCue[]): string[] {
  return cues.map((c) => CUE_WORDS[c] ?? c);
}

export const NUMBER_KIND_WORDS: Record<NumberKind, string> = {
  count: 'Count', percent: 'Percentage', money: 'Amount of money', date: 'Date', time: 'Time',
  quantity: 'Quantity', ordinal: 'Ordinal', other: 'Number',
};

export const ENTITY_TYPE_WORDS: Record<EntityType, string> = {
  person: 'Person', organization: 'Organization', place: 'Place', misc: 'Other name',
};
