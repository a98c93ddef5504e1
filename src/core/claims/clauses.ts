/**
 * Candidate clause boundaries inside one sentence. News sentences often wrap a checkable fact in an
 * opinion lead ("The timing is particularly notable as relations have deteriorated") or pair a fact with
 * a second statement ("While 17 elements are classified as rare earths, the broader category …"). We cut
 * only at subordinating conjunctions and semicolons that join two full clauses; whether a cut is used is
 * decided later by the model's scores (see index.ts), so a wrong cut here costs little.
 */
import type { Token } from './tokens.ts';

/** Conjunctions that open an adverbial clause; the clause keeps its conjunction ("as relations have …"). */
const SUBORDINATORS = new Set(['as', 'while', 'whereas', 'although', 'though', 'because', 'since', 'but']);
/** Words after "as" that show it is a preposition or fixed phrase, not a conjunction ("as well as", "as a"). */
const AS_NOT_CLAUSE = new Set([
  'well', 'a', 'an', 'part', 'such', 'much', 'many', 'long', 'soon', 'far', 'of', 'if', 'to', 'though', 'for',
  'in', 'with', 'one', 'good', 'high', 'low', 'little', 'few', 'early', 'late', 'recently', 'usual', 'opposed',
  'its', 'his', 'her', 'their', 'our', 'my', 'your', 'is', 'was', 'are', 'were', 'possible', 'likely',
]);
/** Leading clauses shorter than this many tokens, or trailing ones, are not worth a separate score. */
const MIN_PART = 4;

/** Token indices where a new clause starts (never 0), in increasing order; a clause never starts with a
 * comma or semicolon. `text` is the paragraph the tokens index into. */
export function clauseStarts(text: string, tokens: readonly Token[]): number[] {
  const cuts: number[] = [];
  const n = tokens.length;
  if (n < 2 * MIN_PART) return cuts;
  // Commas and semicolons are tokens of their own; the gap text is checked too for safety.
  const gap = (i: number): string => tokens[i - 1]!.lower + text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  const first = tokens[0]!.lower;
  // "While X, Y" / "Although X, Y": cut at the first comma after the leading clause.
  if (SUBORDINATORS.has(first) && first !== 'but') {
    for (let i = MIN_PART; i <= n - MIN_PART && i < 40; i++) {
      if (gap(i).includes(',')) {
        cuts.push(i);
        break;
      }
    }
  }
  for (let i = MIN_PART; i <= n - MIN_PART; i++) {
    const g = gap(i);
    if (g.includes(';')) {
      pushCut(cuts, i);
      continue;
    }
    const w = tokens[i]!.lower;
    if (!SUBORDINATORS.has(w)) continue;
    if (w === 'but' && !g.includes(',')) continue;
    if (w === 'as' && AS_NOT_CLAUSE.has(tokens[i + 1]!.lower)) continue;
    // "such as", "so long as", "same as": the "as" belongs to the phrase before it.
    if (w === 'as' && /^(such|so|same|just|twice|long|soon|well)$/.test(tokens[i - 1]!.lower)) continue;
    pushCut(cuts, i);
  }
  return cuts;
}

function pushCut(cuts: number[], i: number): void {
  const last = cuts[cuts.length - 1];
  if (last === undefined || i - last >= MIN_PART) cuts.push(i);
}
