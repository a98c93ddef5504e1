/**
 * The people of an article, for attribution: person entities from the tagger, completed by names the
 * text itself shows next to titles or speech verbs (so attribution still works when the tagger misses a
 * name or has not run). Each person carries the title words seen with them ("prime minister",
 * "japanese"), a gender when an honorific or pronouns reveal it, and every mention in reading order.
 */
import type { Entity } from '../types.ts';
import { DESCRIPTORS, HONORIFIC_GENDER, SPEECH_VERBS, TITLE_ABBREVIATIONS, TITLE_WORDS } from './lexicon.ts';
import { readNameRun, runText, type Word } from './words.ts';
import { ORG_WORDS, DET, PATRONYMIC, HONORIFIC_START, OFFICE_ADJECTIVES, stripTitles, lowerTokens } from './name-shapes.ts';

export interface Person {
  name: string;
  isPerson: boolean;
  titles: Set<string>;
  gender: 'm' | 'f' | null;
  he: number;
  she: number;
  /** Lower-case name tokens, for matching "Starmer" to "Keir Starmer". */
  tokens: string[];
  /** Found in the text rather than given as an entity: its name may still grow. */
  pseudo: boolean;
}

export interface Mention {
  person: Person;
  paragraph: number;
  start: number;
  end: number;
}

/** The mention of a list sorted by start that overlaps [start, end), if any. */
function overlapping(list: Mention[], start: number, end: number): Mention | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // Mentions are short: a few steps back reach any that still overlaps.
  for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) if (list[i]!.start < end && start < list[i]!.end) return list[i]!;
  return null;
}

export class Cast {
  readonly people: Person[] = [];
  /** Every mention, sorted by paragraph then offset. */
  mentions: Mention[] = [];
  private byParagraph = new Map<number, Mention[]>();
  private byToken = new Map<string, Person[]>();

  /** The tagger gave person entities: names found only in the text need evidence to count as people. */
  private hasPersons = false;
  /** Capitalized words seen before a tagger mention inside one name run, per person. */
  private prefixes: { person: Person; words: string[] }[] = [];
  /** Capitalized words the text puts after "the" ("the Tánaiste"): common nouns, so titles, not given names. */
  private afterThe = new Set<string>();

  constructor(entities: Entity[]) {
    for (const e of Array.isArray(entities) ? entities : []) {
      if (!e || typeof e.name !== 'string' || !e.name.trim()) continue;
      // "Ms Pritchard" typed misc by the tagger: an honorific makes the name a person's whatever the type.
      const person = e.type === 'person' || HONORIFIC_START.test(e.name.trim());
      const p = this.add(person ? stripTitles(e.name.trim()) : e.name.trim(), person);
      if (e.type === 'person') this.hasPersons = true;
      for (const m of Array.isArray(e.mentions) ? e.mentions : []) {
        if (m && Number.isInteger(m.paragraph) && m.end > m.start) this.mention({ person: p, paragraph: m.paragraph, start: m.start, end: m.end });
      }
    }
    for (const list of this.byParagraph.values()) list.sort((a, b) => a.start - b.start);
  }

  private mention(m: Mention): void {
    this.mentions.push(m);
    const list = this.byParagraph.get(m.paragraph);
    if (list) list.push(m);
    else this.byParagraph.set(m.paragraph, [m]);
  }

  /** Mentions in one paragraph, in order once `finish` ran. */
  inParagraph(paragraph: number): Mention[] {
    return this.byParagraph.get(paragraph) ?? [];
  }

  private add(name: string, isPerson: boolean, pseudo = false): Person {
    const p: Person = { name, isPerson, titles: new Set(), gender: null, he: 0, she: 0, tokens: lowerTokens(name), pseudo };
    this.people.push(p);
    for (const t of p.tokens) this.byToken.set(t, [...(this.byToken.get(t) ?? []), p]);
    return p;
  }

  /** The person a name refers to: same full name, else same last name, else same first name. */
  lookup(name: string): Person | null {
    const toks = lowerTokens(name);
    if (toks.length === 0) return null;
    const last = toks[toks.length - 1]!;
    const cands = this.byToken.get(last) ?? [];
    const full = cands.find((p) => p.tokens.join(' ') === toks.join(' '));
    if (full) return full;
    const byLast = cands.filter((p) => p.tokens[p.tokens.length - 1] === last && toks.every((t) => p.tokens.includes(t)));
    if (byLast.length) return byLast.sort((a, b) => Number(b.isPerson) - Number(a.isPerson) || b.tokens.length - a.tokens.length)[0]!;
    const any = cands.filter((p) => toks.every((t) => p.tokens.includes(t)));
    return any.length ? any.sort((a, b) => Number(b.isPerson) - Number(a.isPerson))[0]! : null;
  }

  /**
   * The fullest name for a person: a one-word entity ("Trump", left unlinked by the tagger) becomes the
   * person whose name ends with that word ("Donald Trump") when exactly one such person exists; so does
   * a longer surname ("López Obrador").
   */
  canonical(p: Person): string {
    const n = p.tokens.length;
    if (n === 0) return p.name;
    // "López Obrador" as its own entity beside "Andrés Manuel López Obrador": a name that ends a longer
    // person's name is that person, whatever its length.
    const ends = (q: Person): boolean => q.tokens.length > n && p.tokens.every((t, i) => q.tokens[q.tokens.length - n + i] === t);
    const longer = (this.byToken.get(p.tokens[n - 1]!) ?? []).filter((q) => q !== p && q.isPerson && ends(q));
    const names = new Set(longer.map((q) => q.name));
    if (names.size <= 1) return longer[0]?.name ?? p.name;
    // "Trump" beside Donald Trump and Donald Trump Jr., "Parata" beside Hori and Robert Parata: news
    // introduces its main person first and calls relatives by other names, so the surname alone is the
    // person the article introduced first.
    let first: Person | null = null;
    let at = Infinity;
    for (const q of longer) {
      const k = this.mentions.findIndex((m) => m.person === q);
      if (k >= 0 && k < at) { at = k; first = q; }
    }
    return first?.name ?? p.name;
  }

  /** The entity whose mention covers these offsets. */
  at(paragraph: number, start: number, end: number): Person | null {
    return this.mentionAt(paragraph, start, end)?.person ?? null;
  }

  /**
   * The mention overlapping these offsets, by binary search in the paragraph's sorted mentions (a
   * page-long paragraph with thousands of names stays linear), then in the names `learn` is adding.
   */
  private mentionAt(paragraph: number, start: number, end: number): Mention | null {
    return overlapping(this.inParagraph(paragraph), start, end) ?? (this.pending.paragraph === paragraph ? overlapping(this.pending.list, start, end) : null);
  }

  /** Mentions `learn` found in the paragraph it is reading, in reading order, merged when it ends. */
  private pending: { paragraph: number; list: Mention[] } = { paragraph: -1, list: [] };

  /**
   * Reads one paragraph's capitalized runs: records titles and mentions of known people, and adds
   * unknown names that stand beside a title or a speech verb. `words` are the paragraph's tokens.
   */
  learn(text: string, paragraph: number, ws: Word[]): void {
    this.pending = { paragraph, list: [] };
    for (let i = 0; i + 1 < ws.length; i++) if (ws[i]!.lower === 'the' && ws[i + 1]!.cap && ws[i + 1]!.word) this.afterThe.add(ws[i + 1]!.lower);
    for (let i = 0; i < ws.length; i++) {
      const run = readNameRun(ws, i);
      if (!run) continue;
      i = run.to - 1;
      if (run.nameFrom >= run.to) continue;
      const name = runText(text, ws, run.nameFrom, run.to);
      const s = ws[run.nameFrom]!.start;
      const e = ws[run.to - 1]!.end;
      let p = this.at(paragraph, s, e) ?? this.lookup(name);
      const speechNear = SPEECH_VERBS.has(ws[run.to]?.lower ?? '') || SPEECH_VERBS.has(ws[run.from - 1]?.lower ?? '');
      const prev = ws[run.from - 1];
      const initial = !prev || /^[.!?“"‘«]$/.test(prev.text);
      const size = run.to - run.nameFrom;
      const evidence = run.titles.length > 0 || (speechNear && (size >= 2 || !initial));
      const shaped = size >= 2 && size <= 3 && !ws.slice(run.nameFrom, run.to).some((w) => ORG_WORDS.has(w.lower));
      if (!p && size <= 4 && (evidence || shaped)) p = this.add(name, evidence || (shaped && !this.hasPersons), true);
      if (!p) continue;
      if (evidence && p.pseudo) p.isPerson = true;
      // "A. Revanth Reddy" that the tagger cut to its initial "A.": the person is the whole name run.
      if (p.isPerson && !p.pseudo && /^(?:\p{Lu}\.\s?)+$/u.test(p.name) && name.startsWith(p.name) && name.length > p.name.length) this.rename(p, name);
      // "nominee Victoria Hale" or "chair Lena Park" typed as a place: a person's title before a two- or
      // three-word name outweighs the tagger's type.
      const titled = run.titles.length > 0 || (!!prev && prev.word && !prev.cap && TITLE_WORDS.has(prev.lower) && !OFFICE_ADJECTIVES.has(prev.lower));
      if (!p.isPerson && !p.pseudo && titled && size >= 2 && size <= 3 && !ws.slice(run.nameFrom, run.to).some((w) => ORG_WORDS.has(w.lower))) {
        p.isPerson = true;
        // "Justice Sonia Sotomayor" typed organization keeps its title inside the name: drop it as for persons.
        const bare = stripTitles(p.name);
        if (bare !== p.name) this.rename(p, bare);
      }
      // "Tánaiste Simon Harris" with the entity on "Simon Harris": capitalized words before the mention in
      // the run are a title the lexicon does not know.
      // "Tánaiste Simon Harris" with the entity on "Simon Harris", "Rep. Summer Lee" with the entity on "Lee":
      // capitalized words before the mention in the run are a title the lexicon does not know, or a given
      // name the tagger cut; `finish` decides once the whole text is read.
      // "Sheikh Mohammed bin Abdulrahman Al Thani" that the tagger cut at "bin" into two people: one name.
      if (ws.slice(run.nameFrom, run.to).some((w) => PATRONYMIC.has(w.lower))) this.joinPatronymic(paragraph, ws[run.from]!.start, e, stripTitles(name));
      const cover = this.mentionAt(paragraph, s, e);
      if (cover && cover.person === p && ws[run.nameFrom]!.end <= cover.start) {
        const before: Word[] = [];
        for (let k = run.nameFrom; k < run.to && ws[k]!.end <= cover.start; k++) if (ws[k]!.word) before.push(ws[k]!);
        if (before.length) this.prefixes.push({ person: p, words: before.map((w) => w.text) });
      }
      // A person found in the text and first seen by last name grows to the fullest form.
      if (p.pseudo && name.length > p.name.length && lowerTokens(name).slice(-1)[0] === p.tokens[p.tokens.length - 1]) this.rename(p, name);
      for (const t of run.titles) {
        p.titles.add(t);
        if (TITLE_ABBREVIATIONS[t]) p.titles.add(TITLE_ABBREVIATIONS[t]!);
        const g = HONORIFIC_GENDER[t];
        if (g && !p.gender) p.gender = g;
      }
      // Lower-case title words just before the run: "foreign minister Toshimitsu Motegi".
      // Title words just before the run, lower-case or not: "foreign minister Toshimitsu Motegi",
      // "Republican nominee Donald Trump" (the capitalized adjective was read as its own run).
      // Only when a title word stands next to the name: in "Donald Trump named Susie Wiles" the words before
      // Wiles are another person and a verb.
      const head = ws[run.from - 1];
      if (head && (TITLE_WORDS.has(head.lower) || DESCRIPTORS.has(head.lower))) {
        for (let k = run.from - 1; k >= 0 && k >= run.from - 4 && ws[k]!.word && !DET.has(ws[k]!.lower); k--) p.titles.add(ws[k]!.lower);
      }
      // A title given before the name and a comma: "The committee’s chairwoman, Sen. Patricia Vance,".
      if (ws[run.from - 1]?.text === ',') {
        for (let k = run.from - 2; k >= 0 && k >= run.from - 5 && ws[k]!.word && !ws[k]!.cap && !DET.has(ws[k]!.lower); k--) p.titles.add(ws[k]!.lower);
      }
      // Appositive after the name: "Keir Starmer, the prime minister, said".
      if (ws[run.to]?.text === ',' && ['the', 'a', 'an'].includes(ws[run.to + 1]?.lower ?? '')) {
        for (let k = run.to + 2; k < ws.length && k < run.to + 8 && ws[k]!.word; k++) p.titles.add(ws[k]!.lower);
      }
      if (!cover) this.pending.list.push({ person: p, paragraph, start: s, end: e });
    }
    for (const m of this.pending.list) this.mention(m);
    this.byParagraph.get(paragraph)?.sort((a, b) => a.start - b.start);
    this.pending = { paragraph: -1, list: [] };
  }

  /** Gives every tagger person mentioned inside [start, end) the whole name, when there are two or more. */
  private joinPatronymic(paragraph: number, start: number, end: number, name: string): void {
    // Binary search to the run's first mention, so a page-long paragraph full of such names stays linear.
    const list = this.inParagraph(paragraph);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const inside: Mention[] = [];
    for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end && list[i]!.person.isPerson) inside.push(list[i]!);
    const people = new Set(inside.map((m) => m.person));
    if (people.size < 2) return;
    for (const q of people) {
      this.rename(q, name);
      q.isPerson = true;
    }
  }

  private rename(p: Person, name: string): void {
    p.name = name;
    p.tokens = lowerTokens(name);
    for (const t of p.tokens) if (!(this.byToken.get(t) ?? []).includes(p)) this.byToken.set(t, [...(this.byToken.get(t) ?? []), p]);
  }

  /** Sorts mentions and settles genders from pronoun counts (call after every paragraph was learned). */
  finish(): void {
    for (const { person, words } of this.prefixes) {
      // Words the text also uses after "the" are titles; one other word before a lone surname is its given name.
      if (words.every((w) => this.afterThe.has(w.toLowerCase()))) for (const w of words) person.titles.add(w.toLowerCase());
      else if (person.isPerson && person.tokens.length === 1 && words.length === 1) this.rename(person, `${words[0]} ${person.name}`);
      else for (const w of words) person.titles.add(w.toLowerCase());
    }
    this.prefixes = [];
    // "Tánaiste Simon Harris" from the tagger, when the text also says "the Tánaiste": the first word is a title.
    for (const p of this.people) {
      if (!p.isPerson || p.tokens.length < 3 || !this.afterThe.has(p.tokens[0]!)) continue;
      p.titles.add(p.tokens[0]!);
      this.rename(p, p.name.slice(p.name.indexOf(' ') + 1));
    }
    this.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    for (const list of this.byParagraph.values()) list.sort((a, b) => a.start - b.start);
    for (const p of this.people) if (!p.gender && p.he + p.she >= 1) p.gender = p.he > p.she ? 'm' : p.she > p.he ? 'f' : null;
  }
}
