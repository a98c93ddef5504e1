/**
 * From tagged names to entities: clean the mentions (no possessive `’s`, no edge punctuation), split
 * hyphenated compounds whose parts are names in their own right ("Japan-China"), attach acronyms to
 * their long forms, then link every mention of one thing across the article: same text, a person's
 * first or last name (Starmer → Keir Starmer), an acronym (CPTPP → its long form). The canonical name is
 * the fullest form the article uses; the type is the majority vote of the linked mentions.
 */
import type { Entity, EntityType, Span } from '../types.ts';
import type { Token } from '../text/tokenize.ts';
import { findAcronyms } from './acronyms.ts';
import type { NerType } from './labels.ts';
import type { NerModel } from './model.ts';
import { sentenceTokens, tagSentences } from './tagger.ts';
import { chunksFromLabels } from './labels.ts';

const TYPE_NAMES: Record<NerType, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };
const POSSESSIVE = /^['’][sS]?$/;
const EDGE = /^[^\p{L}\p{N}]+$/u;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?$/;

interface Mention {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Token texts, for matching partial names. */
  words: string[];
  type: EntityType;
  /** Union-find parent. */
  parent: number;
}

/** Finds and links the names in an article's body paragraphs. Never throws on odd input. */
export function findEntities(paragraphs: string[], model: NerModel): Entity[] {
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return [];
  const sents = sentenceTokens(paragraphs);
  const labels = tagSentences(sents.map((s) => s.tokens.map((t) => t.text)), model);
  const mentions: Mention[] = [];
  const acronymLinks: [Mention, Mention][] = [];
  const make = (paragraph: number, toks: readonly Token[], first: number, last: number, type: EntityType): Mention => {
    const text = paragraphs[paragraph]!;
    const start = toks[first]!.start;
    const end = toks[last - 1]!.end;
    const m: Mention = { paragraph, start, end, text: text.slice(start, end), words: toks.slice(first, last).map((t) => t.text), type, parent: 0 };
    mentions.push(m);
    return m;
  };
  sents.forEach((s, si) => {
    const spans = chunksFromLabels(labels[si]!).map((c) => ({ ...cleanRange(s.tokens, c.start, c.end, c.type === 'PER'), type: TYPE_NAMES[c.type as NerType] }));
    // Acronym definitions override whatever the tagger made of the long form.
    for (const def of findAcronyms(s.tokens, paragraphs[s.paragraph]!)) {
      const inside = spans.filter((m) => m.first < def.last && m.last > def.first);
      const acr = spans.find((m) => m.first === def.acronym);
      const votes = [...inside, ...(acr ? [acr] : [])].map((m) => m.type);
      const type = majority(votes) ?? 'organization';
      for (const m of inside) m.first = -1;
      if (acr) acr.first = -1;
      acronymLinks.push([make(s.paragraph, s.tokens, def.first, def.last, type), make(s.paragraph, s.tokens, def.acronym, def.acronym + 1, type)]);
    }
    for (const m of spans) if (m.first >= 0 && m.last > m.first) make(s.paragraph, s.tokens, m.first, m.last, m.type);
  });
  splitCompounds(mentions, sents, make);
  const kept = mentions.filter((m) => m.start >= 0);
  kept.forEach((m, i) => (m.parent = i));
  return link(kept, acronymLinks);
}

/**
 * Drops possessives and punctuation from a mention's edges; cuts it at an inner possessive. A person's
 * leading honorific goes too ("Mr Hunt" is Hunt, then linked to the article's Jeremy Hunt), as CoNLL
 * leaves titles outside names.
 */
function cleanRange(toks: readonly Token[], first: number, last: number, person = false): { first: number; last: number } {
  for (let k = first; k < last; k++) if (POSSESSIVE.test(toks[k]!.text) && k > first) last = k;
  while (first < last && (EDGE.test(toks[first]!.text) || POSSESSIVE.test(toks[first]!.text))) first++;
  while (person && last - first > 1 && HONORIFIC.test(toks[first]!.text)) first++;
  while (last > first && EDGE.test(toks[last - 1]!.text)) last--;
  return { first, last };
}

/**
 * "Japan-China relations": a hyphenated token whose parts are names found elsewhere in the article is
 * read as those names. "Indo-Pacific" stays whole because neither part is a name on its own.
 */
function splitCompounds(
  mentions: Mention[],
  sents: { paragraph: number; tokens: Token[] }[],
  make: (p: number, t: readonly Token[], f: number, l: number, type: EntityType) => Mention,
): void {
  const known = new Map<string, EntityType>();
  for (const m of mentions) if (!m.text.includes('-')) known.set(m.text.toLowerCase(), m.type);
  if (known.size === 0) return;
  // Mentions per paragraph, sorted by start, to find the one (if any) covering a token.
  const byParagraph = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else byParagraph.set(m.paragraph, [m]);
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.start - b.start);
  for (const s of sents) {
    for (const t of s.tokens) {
      if (!t.text.includes('-')) continue;
      const parts = t.text.split('-');
      if (parts.length < 2 || !parts.some((p) => known.has(p.toLowerCase()))) continue;
      const whole = covering(byParagraph.get(s.paragraph) ?? [], t.start, t.end);
      // Only a single-token mention (or no mention) is split; a longer name keeps its hyphenated word.
      if (whole && (whole.start !== t.start || whole.end !== t.end)) continue;
      if (whole) whole.start = -1;
      let offset = t.start;
      for (const p of parts) {
        const type = known.get(p.toLowerCase());
        if (type) make(s.paragraph, [{ text: p, start: offset, end: offset + p.length }], 0, 1, type);
        offset += p.length + 1;
      }
    }
  }
}

/** The mention in `sorted` (by start) that overlaps [start, end), if any (binary search). */
function covering(sorted: Mention[], start: number, end: number): Mention | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // sorted[lo - 1] is the last mention starting before `end`; mentions never overlap each other.
  const m = sorted[lo - 1];
  return m && m.end > start && m.start >= 0 ? m : undefined;
}

function find(ms: Mention[], i: number): number {
  while (ms[i]!.parent !== i) i = ms[i]!.parent = ms[ms[i]!.parent]!.parent;
  return i;
}

function union(ms: Mention[], a: number, b: number): void {
  const ra = find(ms, a);
  const rb = find(ms, b);
  if (ra !== rb) ms[Math.max(ra, rb)]!.parent = Math.min(ra, rb);
}

function majority(types: EntityType[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  let best: EntityType | null = null;
  for (const t of types) {
    counts.set(t, (counts.get(t) ?? 0) + 1);
    if (!best || counts.get(t)! > counts.get(best)!) best = t;
  }
  return best;
}

const normal = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'");

/** Links mentions into entities and picks each entity's canonical name, type and id. */
function link(ms: Mention[], acronymLinks: [Mention, Mention][]): Entity[] {
  const byText = new Map<string, number>();
  ms.forEach((m, i) => {
    const k = normal(m.text);
    const j = byText.get(k);
    if (j === undefined) byText.set(k, i);
    else union(ms, j, i);
  });
  const indexOf = new Map(ms.map((m, i) => [m, i]));
  for (const [a, b] of acronymLinks) {
    const ia = indexOf.get(a);
    const ib = indexOf.get(b);
    if (ia !== undefined && ib !== undefined) union(ms, ia, ib);
  }
  // A person's partial name (first or last name, or a shorter run of the same words) joins the full name.
  // Full names are indexed by word so that each mention only looks at names that share its first word.
  const hostsByWord = new Map<string, number[]>();
  const hostTexts = new Set<string>();
  ms.forEach((m, i) => {
    if (m.type !== 'person' || m.words.length < 2 || hostTexts.has(normal(m.text))) return;
    hostTexts.add(normal(m.text));
    for (const w of new Set(m.words.map((x) => x.toLowerCase()))) {
      const list = hostsByWord.get(w);
      if (list) list.push(i);
      else hostsByWord.set(w, [i]);
    }
  });
  // How each text is tagged across the article: a word tagged something else at least twice as often as
  // person ("Mozilla" as an organization) joins a longer person name only as its last word (a surname
  // the tagger missed), not as its first ("Mozilla Firefox" mis-tagged as a person would otherwise turn
  // every "Mozilla" into a person).
  const textTypes = new Map<string, EntityType[]>();
  for (const m of ms) {
    const k = normal(m.text);
    const list = textTypes.get(k);
    if (list) list.push(m.type);
    else textTypes.set(k, [m.type]);
  }
  const decided = new Map<string, number>();
  ms.forEach((m, i) => {
    if (m.words.length > 2 || !/^\p{Lu}/u.test(m.text)) return;
    if (m.type !== 'person' && m.words.length > 1) return;
    const key = normal(m.text);
    const votes = textTypes.get(key)!;
    const persons = votes.filter((t) => t === 'person').length;
    const mostlyOther = votes.length - persons >= 2 && votes.length - persons >= 2 * persons;
    const fits = (h: Mention): boolean =>
      h.words.length > m.words.length && (mostlyOther ? containsRun(h.words.slice(-m.words.length), m.words) : containsRun(h.words, m.words));
    let host = decided.get(key);
    if (host === undefined) {
      // The first full name that holds the word, in article order: when several people share it
      // ("Parata": Hori and Robert Parata), the one the article introduced first, as news calls its
      // main person by surname and relatives by other names.
      const first = (hostsByWord.get(m.words[0]!.toLowerCase()) ?? []).find((p) => fits(ms[p]!));
      host = first === undefined ? -1 : find(ms, first);
      decided.set(key, host);
    }
    if (host >= 0) union(ms, host, i);
  });
  linkInitials(ms);
  const groups = new Map<number, Mention[]>();
  ms.forEach((m, i) => {
    const r = find(ms, i);
    const g = groups.get(r);
    if (g) g.push(m);
    else groups.set(r, [m]);
  });
  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    const fullest = group.reduce((best, m) => (fuller(m, best) ? m : best));
    const hasPersonName = group.some((m) => m.type === 'person' && m.words.length > 1);
    const type = hasPersonName ? 'person' : (majority(group.map((m) => m.type)) ?? fullest.type);
    const name = fullest.text.replace(/\s+/g, ' ');
    let id = `${type}:${slug(name)}`;
    for (let k = 2; ids.has(id); k++) id = `${type}:${slug(name)}-${k}`;
    ids.add(id);
    const seen = new Set<string>();
    const mentions: Span[] = [];
    for (const m of group) {
      const key = `${m.paragraph}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ text: m.text, paragraph: m.paragraph, start: m.start, end: m.end });
    }
    entities.push({ id, name, type, mentions });
  }
  entities.sort((a, b) => a.mentions[0]!.paragraph - b.mentions[0]!.paragraph || a.mentions[0]!.start - b.mentions[0]!.start);
  return entities;
}

const MINOR = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * An abbreviation used without a parenthesized definition (U.S., EU, UN) joins the one multi-word name
 * in the article whose capitalized words' initials spell it (United States, European Union).
 */
function linkInitials(ms: Mention[]): void {
  const byInitials = new Map<string, Set<string>>();
  const firstByText = new Map<string, number>();
  ms.forEach((m, i) => {
    if (m.words.length < 2) return;
    const initials = m.words
      .filter((w) => !MINOR.has(w.toLowerCase()))
      .flatMap((w) => w.split('-'))
      .map((w) => w[0] ?? '')
      .join('');
    if (!/^\p{Lu}+$/u.test(initials)) return;
    const key = normal(m.text);
    if (!firstByText.has(key)) firstByText.set(key, i);
    let set = byInitials.get(initials);
    if (!set) byInitials.set(initials, (set = new Set()));
    set.add(key);
  });
  if (byInitials.size === 0) return;
  ms.forEach((m, i) => {
    if (m.words.length !== 1 || !/^(?:\p{Lu}\.?){2,6}$/u.test(m.text)) return;
    const names = byInitials.get(m.text.replace(/\./g, ''));
    if (names?.size !== 1) return;
    union(ms, firstByText.get([...names][0]!)!, i);
  });
}

/** More words wins, then a form not in capitals (Japan over JAPAN in a headline), then more characters. */
function fuller(a: Mention, b: Mention): boolean {
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  const capsA = a.text === a.text.toUpperCase() && a.words.some((w) => w.length > 3);
  const capsB = b.text === b.text.toUpperCase() && b.words.some((w) => w.length > 3);
  if (capsA !== capsB) return capsB;
  return a.text.length > b.text.length;
}

function containsRun(host: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= host.length; i++) {
    if (part.every((w, k) => w.toLowerCase() === host[i + k]!.toLowerCase())) return true;
  }
  return false;
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
}
