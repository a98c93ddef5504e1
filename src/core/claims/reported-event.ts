/**
 * A news-domain prior the debate corpus cannot teach: a third-person report of an event involving named
 * people, organizations or places ("The meeting comes just after Starmer's trip to Beijing") is a
 * checkable claim. In the debates the same shape mostly comes as the speaker's own anecdote ("I went to
 * Beijing", "we met with…"), which ClaimBuster marks as not check-worthy, so a model trained there scores
 * news reports of meetings and trips low. First- and second-person sentences, questions and commentary
 * never get the prior, so debate rhetoric stays where the model put it.
 *
 * Names come from the entity layer when it ran (person, organization, place; `misc` such as "Japanese"
 * is not an actor or a place), otherwise from capitalized words inside the span. The event must also be
 * anchored in space or time (a named place, a date), which debaters' remarks about each other rarely are.
 */
import type { CueScan } from './cues.ts';
import { isPastAction } from './kinds.ts';
import type { Token } from './tokens.ts';

/** Logit added to a reported event. Hand-set: on ClaimBuster it fires on about 2% of sentences, 60–77%
 * of them check-worthy, and moves train cross-validation and dev F1 by less than their noise (see
 * CLAIMS-MODEL.md); it lifts a news report at a score of about 0.15 to about 0.5. */
export const REPORTED_EVENT_LOGIT = 2;

/** A named mention inside the paragraph, from the entity layer. */
export interface NameSpan {
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place' | 'misc';
}

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

const PERSONAL = set("i i'm i've i'd i'll me my mine myself we we're we've we'd we'll our ours us you you're you've you'd you'll your yours");
/** Nouns that name a reported happening. */
const EVENT_NOUNS = set(`meeting meetings talks summit visit visits trip trips tour conference agreement agreements
  deal deals treaty accord pact election elections vote referendum attack attacks strike strikes war invasion
  ceasefire announcement sanctions ban protest protests ruling verdict trial arrest resignation appointment
  launch merger acquisition`);
/** Prepositions that place one event against another in time ("after the trip", "since the vote"). */
const TEMPORAL = set('after before during since following ahead amid');

/** Whether a span reads as a third-person report of an event with named participants. */
export function isReportedEvent(tokens: readonly Token[], scan: CueScan, names: readonly NameSpan[] | null): boolean {
  if (scan.question || scan.commentary > 0) return false;
  let event = false, temporal = false, past = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (PERSONAL.has(w)) return false;
    if (EVENT_NOUNS.has(w)) event = true;
    if (TEMPORAL.has(w)) temporal = true;
    // Reporting verbs do not count: "X said that…" reports words, and the quote layer handles those.
    if (!past && isPastAction(tokens, i)) past = true;
  }
  if (!event && !past) return false;
  const dated = scan.features.some((f) => f === 'day' || f === 'month' || f === 'year');
  const count = names ? countMentions(tokens, names) : countNameGroups(tokens);
  // Where or when: a named place, or a date. Debaters talk about each other ("Senator X talks about…")
  // without placing anything in time or space; a reported event usually has one or the other.
  const anchored = dated || (names ? hasPlace(tokens, names) : placeLike(tokens));
  if (!anchored) return false;
  // Two named participants, or one pinned to a date or to another event ("after the vote").
  return count >= 2 || (count === 1 && (dated || (event && temporal)));
}

/** Distinct named mentions (person, organization, place) inside the span. */
function countMentions(tokens: readonly Token[], names: readonly NameSpan[]): number {
  if (tokens.length === 0) return 0;
  const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
  let n = 0;
  for (const m of names) if (m.type !== 'misc' && m.start < end && m.end > start) n++;
  return n;
}

function hasPlace(tokens: readonly Token[], names: readonly NameSpan[]): boolean {
  const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
  return names.some((m) => m.type === 'place' && m.start < end && m.end > start);
}

const LOCATIVE = set('in to at from into across');

/** Without an entity layer: a capitalized word right after a locative preposition ("trip to Beijing"). */
function placeLike(tokens: readonly Token[]): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const c = tokens[i + 1]!.text.charCodeAt(0);
    if (LOCATIVE.has(tokens[i]!.lower) && c >= 65 && c <= 90) return true;
  }
  return false;
}

/** Runs of capitalized words after the first word ("Prime Minister Keir Starmer" is one), excluding "I". */
function countNameGroups(tokens: readonly Token[]): number {
  let n = 0, inside = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    const cap = c >= 65 && c <= 90 && t.lower !== 'i' && !t.lower.startsWith("i'") && tokens[i - 1]!.lower !== '"';
    if (cap && !inside) n++;
    inside = cap;
  }
  return n;
}
