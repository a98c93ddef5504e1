/**
 * Noun-phrase readers for attribution: the subject before a speech verb, the phrase after "said" or
 * "according to", and the sentence subject, each returned as a name, pronoun, title or unnamed source
 * still to be resolved against the people of the article.
 */
import { FRENCH_SPEECH, NEEDS_PARTICLE, PERSON_NOUNS, PRONOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon.ts';
import { ORG_WORDS } from './name-shapes.ts';
import { nameLike, readNameRun, type Word } from './words.ts';

/** Clause words that make a name after them something other than the subject (“…,” which Smith said). */
export const NOT_A_ROLE = new Set(['which', 'who', 'whom', 'that', 'as', 'what', 'and', 'but', 'so', 'while', 'when', 'where', 'how', 'if', 'because', 'than', 'like']);

/** m, f: he, she; n: they, we (not resolved); x: a person of either gender ("the 81-year-old"). */
export type Gender = 'm' | 'f' | 'n' | 'x';

export type NP =
  | { kind: 'name'; start: number; end: number }
  /** `at`: where the pronoun stands; its antecedent comes before it (“he said Labour’s plans …”). */
  /** `reply`: the verb answers someone (“No,” he replied), so the pronoun is not the last speaker. */
  | { kind: 'pronoun'; gender: Gender; at: number; reply?: boolean }
  | { kind: 'title'; words: string[] }
  | { kind: 'none' };

const SKIP = new Set([
  'also', 'later', 'then', 'previously', 'recently', 'has', 'had', 'have', 'would', 'will', 'once', 'again',
  'reportedly', 'repeatedly', 'publicly', 'earlier', 'further', 'simply', 'once', 'just', 'last', 'often',
  'later', 'quickly', 'told', 'flatly', 'bluntly', 'angrily', 'calmly', 'frankly', 'openly', 'privately',
]);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'afternoon']);
export const TERMINAL = new Set(['.', '!', '?', '…']);
export const OPEN_MARKS = new Set(['“', '"', '«', '„', '‘', '‹']);
const PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'with', 'in', 'on', 'to', 'by']);
const DETERMINERS = new Set(['the', 'a', 'an', '’s', "'s", 'his', 'her', 'their', 'its']);

const PARTY_TAG = /^[DRI]-\p{Lu}/u;
const MODALS = new Set(['would', 'will', 'could', 'should', 'must', 'may', 'might', 'can', 'shall']);
const MODAL_SPEECH = new Set(['say', 'tell', 'write', 'add', 'ask']);
const NOUN_BEFORE = new Set(['with', 'of', 'for', 'from', 'by', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'no', 'many']);

const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'been']);
const REPORTING = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote']);

/** A say or tell verb stands a few words before k, in the same sentence. */
function reportedClause(ws: Word[], k: number): boolean {
  for (let j = k; j >= 0 && j > k - 12; j--) {
    const w = ws[j]!;
    if (TERMINAL.has(w.text) || OPEN_MARKS.has(w.text) || w.text === '”') return false;
    if (REPORTING.has(w.lower)) return true;
  }
  return false;
}

export function isSpeech(ws: Word[], k: number): boolean {
  const w = ws[k];
  if (!w || !w.word || !SPEECH_VERBS.has(w.lower)) return false;
  // "the United States “…”": a capitalized verb form after a word is part of a name, not a verb.
  if (w.cap && ws[k - 1]?.word) return false;
  const particle = NEEDS_PARTICLE[w.lower];
  if (particle) return ws[k + 1]?.lower === particle;
  // "to say" and "the said" are not attribution; "told" needs an object, which it always has.
  const prev = ws[k - 1]?.lower;
  // "a déclaré": the French auxiliary, not the English article.
  if (FRENCH_SPEECH.has(w.lower)) return prev === 'a' || /^a-t-(?:il|elle)$/.test(prev ?? '');
  // "said the bloc would respond “firmly”": after a modal, a verb other than say, tell, write, add or ask
  // is reported content, not the attribution.
  if (prev && MODALS.has(prev) && !MODAL_SPEECH.has(w.lower)) return false;
  // "Naim said the group had responded “positively”": after an auxiliary, in a clause reported by an
  // earlier say or tell, a verb other than those is the reported content too.
  if (prev && AUXILIARIES.has(prev) && !MODAL_SPEECH.has(w.lower) && reportedClause(ws, k - 2)) return false;
  // "with calls from voters", "his remarks": after a preposition or a possessive the word is a noun.
  return prev !== 'to' && prev !== 'the' && prev !== 'a' && !NOUN_BEFORE.has(prev ?? '');
}

/** Words that open a relative clause set off by commas between a subject and its verb. */
const RELATIVE = new Set(['who', 'which']);

/** A noun phrase ending at word k (the subject before a speech verb). */
export function npBefore(ws: Word[], k: number, lo: number, appositive = true): NP | null {
  let skipped = 0;
  while (k >= lo && skipped < 3 && ws[k]!.word && (SKIP.has(ws[k]!.lower) || (ws[k]!.lower === 'a' && FRENCH_SPEECH.has(ws[k + 1]?.lower ?? ''))) && !ws[k]!.cap) { k--; skipped++; }
  // "Kharge on Sunday accused …", "Smith last week said …": a time phrase between subject and verb.
  if (k - 1 >= lo && DAYS.has(ws[k]!.lower) && (ws[k - 1]!.lower === 'on' || ws[k - 1]!.lower === 'last' || ws[k - 1]!.lower === 'this')) k -= 2;
  if (k < lo) return null;
  // "Sen. Chuck Schumer (D-N.Y.) said", "Smith (pictured) said": a short bracketed aside before the verb.
  if (ws[k]!.text === ')') {
    let o = k - 1;
    while (o >= lo && o > k - 8 && ws[o]!.text !== '(' && ws[o]!.text !== ')') o--;
    if (o > lo && ws[o]!.text === '(') return npBefore(ws, o - 1, lo, appositive);
    return null;
  }
  const w = ws[k]!;
  // "Macron, who has called for “…”, welcomed …": a relative clause's subject is the name before ", who".
  if (w.lower === 'who' && k - 2 >= lo && ws[k - 1]!.text === ',') {
    const np = npBefore(ws, k - 2, lo, false);
    return np && np.kind === 'name' ? np : null;
  }
  if (PRONOUNS[w.lower] && w.word) return { kind: 'pronoun', gender: PRONOUNS[w.lower]!, at: w.start };
  if (w.text === ',' && appositive) {
    // A role may run long ("chair of the parliament's foreign affairs committee and a member of X's party"),
    // and one relative clause may follow it ("X, head of the office, who led the delegation, said").
    let reach = 24;
    // What the words before ", who" read as, when they name no one: the subject may stand before an earlier comma.
    let beforeWho: NP | null = null;
    let relative = false;
    for (let j = k - 1; j >= lo && j >= k - reach; j--) {
      // An opening bracket whose group closed before the comma ("PARIS (AFP) - …, saying") is no appositive.
      if (ws[j]!.text === '(' && ws[k - 1]?.text !== ')') return null;
      if (ws[j]!.text === ',' && !relative && RELATIVE.has(ws[j + 1]?.lower ?? '')) {
        relative = true;
        beforeWho = npBefore(ws, j - 1, lo, false);
        // "the head of the Finance Office, who …": a name after "the" or a preposition is part of a role.
        let h = beforeWho?.kind === 'name' ? beforeWho.start - 1 : -1;
        while (h > lo && h > j - 6 && ws[h]!.cap && ws[h]!.word) h--;
        const head = h >= lo ? ws[h] : undefined;
        const inRole = !!head && (head.lower === 'the' || PREPOSITIONS.has(head.lower));
        if (beforeWho && (beforeWho.kind === 'pronoun' || (beforeWho.kind === 'name' && !inRole))) return beforeWho;
        if (inRole) beforeWho = null;
        reach = k - j + 24;
        continue;
      }
      if (ws[j]!.text === ',' || ws[j]!.text === '—' || ws[j]!.text === '(') {
        // "The shadow chancellor, David Ellery, said": the name between the commas is the speaker.
        const inner = readNameRun(ws, j + 1);
        // "Nancy Pelosi, D-Calif., said": a party and state tag between the commas is no name.
        if (inner && inner.to === k && inner.nameFrom < inner.to && !PARTY_TAG.test(ws[j + 1]!.text)) return { kind: 'name', start: inner.nameFrom, end: inner.to };
        // "Sen. Lisa Murkowski, R-Alaska, one of the few Republicans to oppose it, said": past a party tag.
        const e = PARTY_TAG.test(ws[j - 1]?.text ?? '') && ws[j - 2]?.text === ',' ? j - 3 : j - 1;
        const np = npBefore(ws, e, lo, false);
        return beforeWho && (!np || np.kind === 'none') ? beforeWho : np;
      }
    }
    return beforeWho;
  }
  if (nameLike(w) || (w.cap && TITLE_WORDS.has(w.lower)) || (/^\p{Lu}\.$/u.test(w.text))) {
    let j = k;
    while (j - 1 >= lo && (nameLike(ws[j - 1]) || (ws[j - 1]!.cap && TITLE_WORDS.has(ws[j - 1]!.lower)) || (ws[j - 1]!.word && !ws[j - 1]!.cap && /^(von|van|der|de|da|bin|al|el|la|le|du)$/.test(ws[j - 1]!.lower) && j - 2 >= lo && nameLike(ws[j - 2])))) j--;
    const run = readNameRun(ws, j);
    // "Senator Whitaker of Ohio said" names Whitaker; "analysts at Brookfield Partners said" names no one.
    const prep = ws[j - 1];
    // "Secretary of State Antony Blinken said", "Minister for Health Jo Byrne said": the preposition is inside a title.
    const inTitle = (prep?.lower === 'of' || prep?.lower === 'for') && !!ws[j - 2]?.cap && TITLE_WORDS.has(ws[j - 2]!.lower) && !!run && run.nameFrom < run.to && run.to - 1 >= k;
    if (inTitle) return { kind: 'name', start: run!.nameFrom, end: k + 1 };
    // "Bank of England Governor Andrew Bailey said": a title after the preposition's object starts the name.
    if (PREPOSITIONS.has(prep?.lower ?? '') && run && run.titles.length > 0 && run.nameFrom < run.to && run.to - 1 >= k && !TITLE_WORDS.has(ws[run.from]!.lower.replace(/\.$/, '')) && !TITLE_WORDS.has(ws[run.from]!.lower)) return { kind: 'name', start: run.nameFrom, end: k + 1 };
    if (prep && j - 1 >= lo && PREPOSITIONS.has(prep.lower)) {
      const head = npBefore(ws, j - 2, lo, false);
      const orgish = head && head.kind === 'name' && ws.slice(head.start, head.end).some((x) => ORG_WORDS.has(x.lower));
      return head && head.kind === 'name' && !orgish ? head : { kind: 'none' };
    }
    // "the Texas Republican said": capitalized words after "the" with no title make an epithet, not a name.
    if (run && run.titles.length === 0 && ws[j - 1]?.lower === 'the' && j - 1 >= lo) return { kind: 'title', words: ws.slice(j, k + 1).map((x) => x.lower) };
    if (run && run.nameFrom < run.to && run.to - 1 >= k) return { kind: 'name', start: run.nameFrom, end: k + 1 };
    if (run) return { kind: 'title', words: run.titles };
    return null;
  }
  if (w.word && !w.cap) {
    const noun = PERSON_NOUNS[w.lower] ?? (w.lower.endsWith('year-old') ? 'x' : undefined);
    if (noun && ['the', 'this'].includes(ws[k - 1]?.lower ?? '') || (noun && ws[k - 1]?.text === '-' && ws[k - 3]?.lower === 'the')) return { kind: 'pronoun', gender: noun!, at: w.start };
    const words: string[] = [];
    let j = k;
    while (j >= lo && j > k - 6 && ws[j]!.word && !DETERMINERS.has(ws[j]!.lower) && !SPEECH_VERBS.has(ws[j]!.lower)) words.unshift(ws[j--]!.lower);
    const det = ws[j];
    // "one of the officials said": one of a group the story left unnamed.
    if (det?.lower === 'the' && ws[j - 1]?.lower === 'of' && UNNAMED_DETERMINERS.has(ws[j - 2]?.lower ?? '')) return { kind: 'none' };
    if (det && j >= lo && (det.lower === 'the' || det.lower === '’s' || det.lower === "'s")) {
      if (det.lower !== 'the') words.unshift(ws[j - 1]?.lower ?? '');
      return { kind: 'title', words };
    }
    return { kind: 'none' };
  }
  return null;
}

/** Words that may follow a speaker's name ("asked Rosa Delgado during the hearing"); a noun there makes the name a modifier. */
const AFTER_NAME = new Set(['during', 'in', 'at', 'on', 'to', 'for', 'with', 'after', 'before', 'about', 'as', 'of', 'from', 'by',
  'who', 'whose', 'which', 'that', 'and', 'but', 'while', 'when', 'later', 'earlier', 'then', 'also', 'recently', 'last', 'this']);

const THE_STOPS = new Set(['in', 'on', 'at', 'to', 'who', 'that', 'of', 'for', 'with']);

/** True when the word after a name run is a common noun the name only modifies ("White House officials"). */
function modifies(next: Word | undefined): boolean {
  return !!next && next.word && !next.cap && !SPEECH_VERBS.has(next.lower) && !AFTER_NAME.has(next.lower);
}

/** The name that ends an appositive starting at j: ", Swedish Green lawmaker Katarina Lindqvist." */
function appositiveName(ws: Word[], j: number, hi: number): NP | null {
  for (let m = j; m < hi && m < j + 7; m++) {
    // Role words may stand before the name; a clause or a preposition ends the appositive.
    if (!ws[m]!.word || NOT_A_ROLE.has(ws[m]!.lower) || AFTER_NAME.has(ws[m]!.lower) || SPEECH_VERBS.has(ws[m]!.lower)) return null;
    const run = readNameRun(ws, m);
    if (!run) continue;
    if (run.nameFrom < run.to && !modifies(ws[run.to])) return { kind: 'name', start: run.nameFrom, end: run.to };
    m = run.to - 1;
  }
  return null;
}

export const UNNAMED_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many', 'other']);

/** A noun phrase starting at word k (after "said" or "according to"). */
export function npAfter(ws: Word[], k: number, hi: number): NP | null {
  const w = ws[k];
  if (!w || k >= hi) return null;
  if (PRONOUNS[w.lower] && w.word) return { kind: 'pronoun', gender: PRONOUNS[w.lower]!, at: w.start };
  if (w.lower === 'the' && w.word) {
    const words: string[] = [];
    let j = k + 1;
    while (j < hi && j < k + 8) {
      const x = ws[j]!;
      // "said the law’s rapporteur, …": the owner goes before the head noun that follows it.
      if ((x.lower === '’s' || x.lower === "'s") && words.length) { j++; continue; }
      // "said the party’s leader, Jane Doe": the appositive names the speaker.
      if (x.text === ',') return appositiveName(ws, j + 1, hi) ?? (words.length ? { kind: 'title', words } : null);
      if (!x.word || SPEECH_VERBS.has(x.lower) || THE_STOPS.has(x.lower)) break;
      if (nameLike(x) && !TITLE_WORDS.has(x.lower)) {
        const run = readNameRun(ws, j);
        if (run && run.nameFrom < run.to) {
          if (!modifies(ws[run.to])) return { kind: 'name', start: run.nameFrom, end: run.to };
          // "the Swedish lawmaker": a name before a common noun only modifies it.
          for (let y = run.from; y < run.to; y++) words.push(ws[y]!.lower);
          j = run.to;
          continue;
        }
      }
      words.push(x.lower);
      j++;
    }
    return words.length ? { kind: 'title', words } : null;
  }
  if (nameLike(w) || (w.cap && TITLE_WORDS.has(w.lower))) {
    const run = readNameRun(ws, k);
    if (!run) return null;
    // "Japan’s foreign minister said": a place before a possessive is not the speaker.
    if (ws[run.to]?.lower === '’s' || ws[run.to]?.lower === "'s") {
      // "said Hale's press secretary, Jenna Ruiz": the appositive after the owner's role names the speaker.
      let j = run.to + 1;
      while (j < hi && j < run.to + 7 && ws[j]!.word && !ws[j]!.cap && !SPEECH_VERBS.has(ws[j]!.lower) && !THE_STOPS.has(ws[j]!.lower)) j++;
      const named = j > run.to + 1 && ws[j]?.text === ',' ? appositiveName(ws, j + 1, hi) : null;
      if (named) return named;
      const rest = npAfter(ws, run.to + 1, hi);
      if (rest && rest.kind === 'title') return { kind: 'title', words: [...rest.words, ...ws.slice(run.nameFrom, run.to).map((x) => x.lower)] };
      return rest;
    }
    if (run.nameFrom < run.to) return { kind: 'name', start: run.nameFrom, end: run.to };
    return { kind: 'title', words: run.titles };
  }
  // "said a spokesman", "said one senior aide": an unnamed source, whatever names modify it.
  if (UNNAMED_DETERMINERS.has(w.lower)) return { kind: 'none' };
  // "asked council member Rosa Delgado", "said former minister Joanna Price"
  if (w.word && !w.cap) {
    for (let j = k + 1; j < hi && j <= k + 3 && ws[j]!.word; j++) {
      if (nameLike(ws[j]) || (ws[j]!.cap && TITLE_WORDS.has(ws[j]!.lower))) {
        const run = readNameRun(ws, j);
        // "said senior White House officials": a name followed by a common noun only modifies it.
        const next = ws[run?.to ?? -1];
        if (next?.word && !next.cap && !SPEECH_VERBS.has(next.lower) && !AFTER_NAME.has(next.lower)) return { kind: 'none' };
        return run && run.nameFrom < run.to ? { kind: 'name', start: run.nameFrom, end: run.to } : null;
      }
      if (ws[j]!.cap) break;
    }
  }
  return null;
}

/** The subject of the sentence that starts at a: its first name, or the name in "The X’s title, Name,". */
export function subject(ws: Word[], a: number, v: number): NP | null {
  for (let k = a; k < v && k < a + 14; k++) {
    if (PRONOUNS[ws[k]!.lower] && ws[k]!.word && k === a) return { kind: 'pronoun', gender: PRONOUNS[ws[k]!.lower]!, at: ws[k]!.start };
    const run = readNameRun(ws, k);
    if (run && run.nameFrom < run.to) {
      if (ws[run.to]?.lower === '’s' || ws[run.to]?.lower === "'s") { k = run.to; continue; }
      // A dateline ("LONDON (Reuters) -") or a bracketed credit is not the subject.
      if (ws[run.from - 1]?.text === '(' || ws.slice(run.nameFrom, run.to).some((w) => w.text.length > 1 && w.text === w.text.toUpperCase() && /\p{Lu}{2}/u.test(w.text))) { k = run.to - 1; continue; }
      if (PREPOSITIONS.has(ws[run.from - 1]?.lower ?? '')) { k = run.to - 1; continue; }
      // "Council leader Cllr Fiona Pritchard said": a name before a lower-case title names the office, not the subject.
      const next = ws[run.to];
      if (next && next.word && !next.cap && TITLE_WORDS.has(next.lower)) { k = run.to - 1; continue; }
      // "Carter's Republican colleague, Rep. X,": after a possessive comes a noun, which the name only modifies.
      const owned = ws[run.from - 1]?.lower === '’s' || ws[run.from - 1]?.lower === "'s";
      if (owned && run.titles.length === 0 && next && next.word && !next.cap && !SPEECH_VERBS.has(next.lower) && ws[run.to + 1]?.text === ',') { k = run.to - 1; continue; }
      return { kind: 'name', start: run.nameFrom, end: run.to };
    }
    if (run) k = run.to - 1;
  }
  return null;
}

/** Index of the first word starting at or after `pos`. */
export function wordAt(ws: Word[], pos: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
