/**
 * Turns an attribution noun phrase into a canonical speaker name: names through the cast (entity
 * mention, then same last name), pronouns to the nearest earlier person of a matching gender (the
 * subject of the nearest sentence that mentions one), titles to the person the article introduced with
 * that title ("the prime minister" → "Keir Starmer", the most recent when two share it).
 */
import type { Cast, Mention, Person } from './cast.ts';
import type { Gender, NP } from './speaker.ts';
import type { Piece } from './marks.ts';
import { runText, type Word } from './words.ts';
import { wordAt } from './phrases.ts';
import { DESCRIPTORS, HONORIFIC_GENDER, PERSON_NOUNS, TITLE_WORDS } from './lexicon.ts';

interface ParaView {
  text: string;
  ws: Word[];
  sentences: { start: number; end: number }[];
}

/** Words that make a title someone else's: the shadow, deputy or vice holder of an office. */
const RANK_MODIFIERS = new Set(['shadow', 'deputy', 'vice', 'assistant', 'junior', 'associate', 'under']);
const FOR_SOMEONE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisor', 'official', 'officials', 'source', 'sources']);
const TITLE_NOISE = new Set(['the', 'former', 'then', 'new', 'current', 'outgoing', 'incoming', 'country', 'nation', 'acting', '']);

/** Counts he/she in sentences that mention exactly one person, as evidence of that person's gender. */
export function countPronouns(cast: Cast, paragraph: number, text: string, ws: Word[], sentences: { start: number; end: number }[], carry: { lone: Person | null }, quoted: { start: number; end: number }[] = []): void {
  const ms = cast.inParagraph(paragraph);
  let mi = 0;
  let wi = 0;
  let qi = 0;
  let lone = carry.lone;
  for (const s of sentences) {
    const people = new Set<Person>();
    while (mi < ms.length && ms[mi]!.start < s.end) { if (ms[mi]!.start >= s.start && ms[mi]!.person.isPerson) people.add(ms[mi]!.person); mi++; }
    let he = 0;
    let she = 0;
    while (wi < ws.length && ws[wi]!.start < s.end) {
      const l = ws[wi]!.lower;
      // “She is ready,” the former president said: a pronoun inside quote marks is the speaker's word for
      // someone else, no evidence of the gender of the people the sentence names.
      while (qi < quoted.length && quoted[qi]!.end <= ws[wi]!.start) qi++;
      if (qi < quoted.length && quoted[qi]!.start <= ws[wi]!.start) { wi++; continue; }
      // "said Tyler Brandt, her political director": the owner of a role is someone else than the person named.
      if ((l === 'his' || l === 'her') && (roleNoun(ws[wi + 1]) || roleNoun(ws[wi + 2]))) { wi++; continue; }
      if (l === 'he' || l === 'his' || l === 'him' || l === 'himself') he++;
      else if (l === 'she' || l === 'her' || l === 'hers' || l === 'herself') she++;
      wi++;
    }
    // A sentence naming one person, or a sentence naming no one right after it, says that person's gender.
    const sole = people.size === 1 ? [...people][0]! : people.size === 0 ? lone : null;
    // The sentence that names the person is better evidence than the next one, which may have moved on.
    const weight = people.size === 1 ? 2 : 1;
    if (sole) {
      sole.he += weight * he;
      sole.she += weight * she;
    }
    lone = people.size === 1 ? [...people][0]! : null;
  }
  carry.lone = lone;
  void text;
}

function roleNoun(w: Word | undefined): boolean {
  return !!w && w.word && !w.cap && (TITLE_WORDS.has(w.lower) || TITLE_WORDS.has(w.lower.replace(/s$/, '')));
}

function compatible(p: Person, gender: Gender): boolean {
  return p.isPerson && (gender === 'x' || p.gender === null || p.gender === gender);
}

/** Mentions before a position, nearest first, limited to a few paragraphs and a few hundred mentions back. */
function* mentionsBefore(cast: Cast, paragraph: number, pos: number): Generator<Mention> {
  let budget = 400;
  for (let p = paragraph; p >= 0 && p >= paragraph - 4; p--) {
    const list = cast.inParagraph(p);
    // Binary search for the first mention at or after pos, so a page-long paragraph stays linear.
    let lo = 0;
    let hi = list.length;
    if (p === paragraph) {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.start < pos) lo = mid + 1;
        else hi = mid;
      }
    } else lo = list.length;
    for (let i = lo - 1; i >= 0; i--) {
      if (budget-- <= 0) return;
      yield list[i]!;
    }
  }
}

function sentenceOf(view: ParaView, pos: number): { start: number; end: number } | null {
  for (const s of view.sentences) if (s.start <= pos && pos <= s.end) return s;
  return null;
}

const AFTER_PREPOSITION = /(?:^|[^\p{L}])(?:in|at|from|of|to|for|with|by|on)\s+$/iu;

const GENDER_WORDS: Record<'m' | 'f', Set<string>> = { m: new Set(['he']), f: new Set(['she']) };

/** A subject pronoun of this gender stands in the mention's sentence before the mention. */
function pronounBefore(view: ParaView | undefined, pos: number, gender: 'm' | 'f'): boolean {
  const s = view ? sentenceOf(view, pos) : null;
  if (!view || !s) return false;
  let lo = 0;
  let hi = view.ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.ws[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < view.ws.length && view.ws[k]!.start < pos && k < lo + 60; k++) if (GENDER_WORDS[gender].has(view.ws[k]!.lower)) return true;
  return false;
}

/** Where the main clause starts: after the comma that closes a leading participle phrase ("Asked whether …,"). */
function mainClauseStart(view: ParaView, s: { start: number; end: number }): number {
  const k = wordAt(view.ws, s.start);
  const w = view.ws[k];
  const next = view.ws[k + 1];
  if (!w || !w.cap || !/(?:ed|ing)$/.test(w.lower) || !next || !next.word || next.cap) return s.start;
  for (let j = k + 1; j < view.ws.length && j < k + 30 && view.ws[j]!.start < s.end; j++) if (view.ws[j]!.text === ',') return view.ws[j]!.end;
  return s.start;
}

function resolvePronoun(cast: Cast, gender: Gender, paragraph: number, before: number, views: ParaView[], exclude: string | null = null): string | null {
  if (gender === 'n') return null;
  const other = (p: Person): boolean => exclude === null || (p.name !== exclude && cast.canonical(p) !== exclude);
  for (const m of mentionsBefore(cast, paragraph, before)) {
    if (!compatible(m.person, gender) || !other(m.person)) continue;
    // "Asked whether she would keep X’s briefings, she laughed": a possessive name after a subject pronoun
    // of this gender in its sentence is not who the sentence is about.
    const possessive = /^['’]s\b/.test(views[m.paragraph]?.text.slice(m.end, m.end + 3) ?? '');
    if (gender !== 'x' && possessive && pronounBefore(views[m.paragraph], m.start, gender)) continue;
    // Prefer the subject: the first compatible person in the sentence holding the nearest mention.
    const view = views[m.paragraph];
    const s = view ? sentenceOf(view, m.start) : null;
    if (!s) return m.person.name;
    const limit = m.paragraph === paragraph ? before : Infinity;
    // A possessive ("Brenner’s finance minister") is not the subject.
    const text = view!.text;
    const fits = (x: { start: number; end: number; person: Person }, from: number): boolean => x.start >= from && x.start < limit && compatible(x.person, gender)
      && other(x.person) && !/^['’]s\b/.test(text.slice(x.end, x.end + 3))
      // "In Germany, the Greens’ leader X said": a name after a preposition is not the subject.
      && !AFTER_PREPOSITION.test(text.slice(Math.max(0, x.start - 8), x.start));
    // "Asked whether he trusted Macron, Merz smiled": the main clause's subject comes after a leading participle phrase.
    const main = mainClauseStart(view!, s);
    const inPara = cast.inParagraph(m.paragraph);
    const first = (main > s.start ? inPara.find((x) => fits(x, main)) : undefined) ?? inPara.find((x) => fits(x, s.start));
    return (first ?? m).person.name;
  }
  return null;
}

/** The head noun was introduced with an indefinite ("a party spokesperson", "one senior aide") in the last few paragraphs. */
function introducedUnnamed(views: ParaView[], paragraph: number, pos: number, head: string): boolean {
  if (!/^[\p{L}-]+$/u.test(head)) return false;
  const re = new RegExp(`(?:^|[^\\p{L}])(?:a|an|one|another)\\s+(?:[\\p{L}’'-]+\\s+){0,3}${head}s?(?![\\p{L}])`, 'iu');
  for (let p = paragraph; p >= 0 && p >= paragraph - 3; p--) {
    const text = views[p]?.text ?? '';
    // A window of a few thousand characters keeps a page-long paragraph with many quotes linear.
    const end = p === paragraph ? pos : text.length;
    if (re.test(text.slice(Math.max(0, end - 3000), end))) return true;
  }
  return false;
}

function resolveTitle(cast: Cast, words: string[], paragraph: number, piece: Piece, views: ParaView[]): string | null {
  const want = words.map((w) => w.toLowerCase()).filter((w) => !TITLE_NOISE.has(w));
  if (want.length === 0) return null;
  const head = want[want.length - 1]!;
  const has0 = (p: Person, w: string): boolean => p.titles.has(w) || p.titles.has(w.replace(/s$/, ''));
  // "the former chief minister" is not the one the story calls "Chief Minister X" without "former".
  const former = words.some((w) => /^(?:former|ex)$/i.test(w));
  const has = (p: Person, w: string): boolean => has0(p, w) && (!former || has0(p, 'former') || has0(p, 'ex'));
  // The person introduced with this title: the head noun must match ("minister"), more matching
  // words win ("Indian prime minister"), and among equals the most recently mentioned.
  let best: { p: Person; score: number } | null = null;
  const seen = new Set<Person>();
  for (const m of mentionsBefore(cast, paragraph, piece.open)) {
    if (seen.has(m.person) || !m.person.isPerson) continue;
    seen.add(m.person);
    if (!has(m.person, head)) continue;
    // A "shadow chancellor" or "deputy leader" is not "the chancellor" or "the leader".
    const demoted = [...m.person.titles].some((t) => RANK_MODIFIERS.has(t) && !want.includes(t));
    const score = want.filter((w) => has(m.person, w)).length - (demoted ? 0.5 : 0);
    if (!best || score > best.score) best = { p: m.person, score };
  }
  if (best) return best.p.name;
  // Titles given only later in the article ("…, the minister, said" before the full introduction).
  // A "former president" introduced later is not "the president" of an earlier sentence.
  for (const p of cast.people) if (p.isPerson && want.every((w) => has(p, w)) && (former || !has0(p, 'former'))) return p.name;
  // "One EU diplomat … “…,” the diplomat said": the title points back to a source the story left unnamed.
  if (introducedUnnamed(views, paragraph, piece.open, head)) return null;
  // An epithet never given as a title ("the billionaire", "the Republican nominee") stands for the
  // person the passage is about, as a pronoun would.
  // A spokesman, aide or official speaks for someone else: "the prime minister’s spokesman" is not the prime minister.
  if (FOR_SOMEONE.has(head)) return null;
  if (DESCRIPTORS.has(head) || TITLE_WORDS.has(head) || PERSON_NOUNS[head]) return resolvePronoun(cast, 'x', paragraph, piece.open, views);
  return null;
}

/** `previous`: the speaker of the quote just before, whom a reply verb's pronoun cannot mean. */
export function resolveSpeaker(cast: Cast, np: NP, paragraph: number, piece: Piece, views: ParaView[], previous: string | null = null): string | null {
  const name = resolveName(cast, np, paragraph, piece, views, previous);
  if (!name) return null;
  const p = cast.lookup(name);
  const out = p && p.name === name ? cast.canonical(p) : name;
  // "Downing Street has said …", "The White House …, saying": an institution speaks through no one named.
  // A known person keeps the name ("Bill Cassidy", "Kanye West").
  const person = cast.lookup(out);
  // "a claim Labour called …", "Washington said": one word the tagger typed as no person, and that names
  // no person of the article, is a party, a place or a body.
  if (person && !person.isPerson && !person.pseudo && person.tokens.length === 1) return null;
  return institution(out) && !person?.isPerson ? null : out;
}

/** Head nouns of institutions and places that speak in the news. */
const INSTITUTION_HEADS = new Set([
  'street', 'house', 'ministry', 'department', 'office', 'council', 'party', 'government', 'administration', 'commission',
  'committee', 'court', 'agency', 'bank', 'radio', 'news', 'times', 'post', 'service', 'union', 'parliament', 'senate',
  'congress', 'assembly', 'police', 'fund', 'foundation', 'institute', 'university', 'association', 'group', 'company',
  'board', 'network', 'media', 'kremlin', 'pentagon', 'palace', 'embassy', 'army', 'navy', 'federation', 'organization',
  'organisation', 'nations', 'states', 'kingdom', 'republic', 'inc', 'ltd', 'corp', 'coalition', 'alliance', 'movement',
]);

/** A name headed by an institution word ("Downing Street", "BBC Radio", "Foreign Ministry"), or a lone acronym. */
function institution(name: string): boolean {
  const parts = name.split(/\s+/);
  if (parts.length === 1 && /^\p{Lu}{2,}$/u.test(name)) return true;
  return INSTITUTION_HEADS.has(parts[parts.length - 1]!.toLowerCase().replace(/[.,]/g, ''));
}

function resolveName(cast: Cast, np: NP, paragraph: number, piece: Piece, views: ParaView[], previous: string | null): string | null {
  const view = views[paragraph]!;
  if (np.kind === 'none') return null;
  if (np.kind === 'pronoun') return resolvePronoun(cast, np.gender, paragraph, Math.min(piece.open, np.at), views, np.reply ? previous : null);
  if (np.kind === 'title') return resolveTitle(cast, np.words, paragraph, piece, views);
  const s = view.ws[np.start]!.start;
  const e = view.ws[np.end - 1]!.end;
  const byMention = cast.at(paragraph, s, e);
  const name = runText(view.text, view.ws, np.start, np.end);
  const found = byMention ?? cast.lookup(name);
  // "Mr. Alvarado" when the tagger gave every Alvarado to his wife: the honorific's gender picks the
  // person of that surname it fits.
  const g = HONORIFIC_GENDER[view.ws[np.start - 1]?.lower ?? ''];
  if (found && g && found.gender && found.gender !== g) {
    const last = found.tokens[found.tokens.length - 1];
    const other = cast.people.find((q) => q !== found && q.isPerson && q.gender !== found.gender && q.tokens[q.tokens.length - 1] === last);
    if (other) return other.name;
  }
  return found?.name ?? name;
}
