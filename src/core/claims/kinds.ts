/**
 * What kind of claim a span makes, so a card can say what to check: a figure (statistic), a ranking or
 * change against something else (comparison), a cause (causal), a forecast (prediction), someone's words
 * (quote), a reported happening (event). Decided by what is central to the span, in that order of
 * precedence: a figure is the most concrete thing to check, a forecast the least. Reader-facing only;
 * the model's features (cues.ts) are not affected, so kinds can be refined without retraining.
 */
import type { ClaimKind, NumberKind } from '../types.ts';
import type { CueScan } from './cues.ts';
import { numberShape, type Token } from './tokens.ts';

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Number kinds that make a figure the point of a sentence; dates, times and ordinals pin events instead. */
const FIGURE_KINDS: ReadonlySet<NumberKind> = new Set<NumberKind>(['count', 'percent', 'money', 'quantity']);
/** Number words that state an amount ("one" alone mostly does not: "one of the reasons"). */
const AMOUNT_WORDS = set(`two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
  sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen
  dozens half third thirds quarter quarters twice double doubled tripled percent percentage`);
/** Ranking, dominance and exclusivity: "than", "dominates", "the only", "the largest". A bare "more" or
 * "better" is left out: without "than" it is mostly a wish ("build more supply chains"), not a comparison. */
const COMPARISON = set(`than dominates dominate dominated dominating dominant dominance outpaces outpaced outnumbers
  outnumbered surpasses surpassed overtook overtaken exceeds exceeded majority only most least compared versus
  record largest biggest smallest highest lowest best worst fastest slowest`);
/** Change over time, a comparison with the past. */
const CHANGE = set(`rose risen fell fallen grew grown dropped declined increased decreased doubled tripled halved
  surged soared plunged plummeted slumped climbed shrank jumped rises falls grows drops declines increases decreases`);
/** Explicit causal links; single words that are mostly something else ("led the talks") are left out. */
const CAUSAL = set(`because caused causes cause causing therefore consequently blamed triggered sparked fueled fuelled
  prompted`);
const CAUSAL_AFTER = new Map<string, Set<string>>([
  ['led', set('to')], ['leads', set('to')], ['lead', set('to')], ['result', set('in of')], ['resulted', set('in')],
  ['results', set('in')], ['responsible', set('for')], ['driven', set('by')], ['contributed', set('to')],
  ['due', set('to')], ['thanks', set('to')],
]);
/** Forecasts: what will happen. Conditional "would/could/might" hedges rather than predicts. */
const FUTURE = set(`will won't 'll shall forecast forecasts projected projects predict predicts predicted expect expects
  expected plans planned likely`);
const REPORTING = set('said says told explained noted added stated announced claimed argued insisted warned according');

/** The kind of a span from its tokens and cues; `numberKinds` are the number layer's kinds of the
 * figures inside the span (see `figureKinds`; null when that layer did not run); `inQuote` when a quote covers the span; `reported` when it
 * reads as a reported event (reported-event.ts). */
export function kindOf(
  tokens: readonly Token[], scan: CueScan, numberKinds: readonly NumberKind[] | null, inQuote: boolean, reported: boolean,
): ClaimKind {
  if (inQuote) return 'quote';
  let amount = false, comparison = false, change = false, causal = false, pastAction = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower ?? '';
    const shape = numberShape(w);
    if (shape && !(shape === 'dddd' && /^(1[6-9]|20)/.test(w))) amount = true;
    if (AMOUNT_WORDS.has(w)) amount = true;
    if ((COMPARISON.has(w) && !(w === 'only' && tokens[i - 1]?.lower === 'not')) || (w.length > 5 && w.endsWith('est') && !w.endsWith('west') && !w.endsWith('interest'))) comparison = true;
    if (CHANGE.has(w)) change = true;
    if (CAUSAL.has(w) || CAUSAL_AFTER.get(w)?.has(next)) causal = true;
    if (isPastAction(tokens, i)) pastAction = true;
  }
  const future = isForecast(tokens);
  const figure = numberKinds ? numberKinds.some((k) => FIGURE_KINDS.has(k)) : amount || scan.percent;
  if (figure || (scan.percent && amount)) return 'statistic';
  if (causal) return 'causal';
  if (comparison || change) return 'comparison';
  if (future && !pastAction) return 'prediction';
  if (reported || scan.event || pastAction) return 'event';
  if (future) return 'prediction';
  return 'other';
}

/** The kinds `kindOf` wants from the number layer: a lone "one" ("one of the few states") is a way of
 * speaking, not a figure to check. */
export function figureKinds(numbers: ReadonlyArray<{ kind: NumberKind; value?: number | string | null; text?: string }>): NumberKind[] {
  return numbers.filter((n) => !(n.kind === 'count' && (n.value === 1 || /^(one|a|an)$/i.test(n.text ?? '')))).map((n) => n.kind);
}

const PAST_COMMON = set(`was were had did went came took made gave got won lost met signed passed voted held sent became
  began cut put set hit led built bought brought fought spent paid sold wrote ran kept left grew`);

/** Whether token `i` is a past tense of an action: not a reporting verb ("said" reports words), not a
 * forecast word, not a base form after an auxiliary ("will cut"), not a capitalized name ("United"). */
export function isPastAction(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const w = t.lower;
  if (REPORTING.has(w) || FUTURE.has(w) || NOT_PAST.has(w)) return false;
  if (i > 0 && BASE_AFTER.has(tokens[i - 1]!.lower)) return false;
  if (PAST_COMMON.has(w)) return true;
  const c = t.text.charCodeAt(0);
  return w.length > 4 && w.endsWith('ed') && !(i > 0 && c >= 65 && c <= 90);
}

const NOT_PAST = set('indeed need speed seed breed proceed exceed succeed greed feed deed bleed creed hundred sacred naked wicked');

/** After these a word is a base form, not a past tense ("will cut", "to set"). */
const BASE_AFTER = set("will would 'll shall can could should must may might to won't don't doesn't didn't");

/** Whether the span looks ahead: "will", "expects", "forecast", or "going to" + a verb. */
export function isForecast(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (FUTURE.has(w) || (w === 'going' && tokens[i + 1]?.lower === 'to' && isVerbLike(tokens[i + 2]?.text))) return true;
  }
  return false;
}

/** "going to" + a verb is a forecast; "going to Paris" or "going to the summit" is travel. */
function isVerbLike(w: string | undefined): boolean {
  return w !== undefined && /^[a-z]+$/.test(w) && !/^(the|a|an|my|his|her|its|their|our|your|this|that|these|those)$/.test(w);
}
