/**
 * What each matcher proposes: a token range with an OntoNotes-style kind and, for dates, a
 * description that `resolve-date.ts` turns into an ISO value once the published date is known.
 */
import type { NumberKind } from '../types.ts';

export type DateSpec =
  | { t: 'abs'; y?: number; m?: number; d?: number }
  | { t: 'weekday'; wd: number; dir: -1 | 0 | 1 }
  | { t: 'rel'; unit: 'year' | 'month' | 'week' | 'day' | 'decade' | 'quarter'; offset: number }
  | { t: 'ago'; unit: string; n: number; sign: -1 | 1 }
  | { t: 'dur'; unit: string; n: number | null }
  | { t: 'decade'; y: number }
  | { t: 'century'; c: number };

export interface Candidate {
  /** Token index of the first token, and the index after the last. */
  start: number;
  end: number;
  kind: NumberKind;
  value: number | string | null;
  unit: string | null;
  date?: DateSpec;
}
