/**
 * Numbers and quotes on our hand-written dev sets (test/fixtures/numbers/dev.jsonl,
 * test/fixtures/quotes/dev.jsonl), beside peers run in the same process:
 * - numbers: exact-boundary F1, typed and untyped, against wink-nlp (wink-eng-lite-web-model), whose
 *   DURATION maps to DATE as in shared/research/ner.md §3b;
 * - quotes: detection P/R/F1 and speaker accuracy against a baseline of "quote marks + nearest
 *   preceding capitalized name";
 * - speed: milliseconds per 1,200-token article for each layer.
 * The dev sets are ours (written to the OntoNotes value guidelines and to news quoting style), so the
 * figures guide work; the held-out scores come from others' data.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { BenchSection } from './section.ts';
import { printWhenMain } from './section.ts';
import { findNumbers } from '../src/core/numbers/index.ts';
import { findQuotes } from '../src/core/quotes/index.ts';
import { decodeNerModel, findEntities, type NerModel } from '../src/core/ner/index.ts';
import type { Entity, NumberKind } from '../src/core/types.ts';

interface GoldSpan { text: string; type: string; start: number; end: number }
interface NumberCase { text: string; spans: GoldSpan[] }
interface QuoteGold { text: string; paragraph: number; speaker: string | null }
interface QuoteCase { id: string; paragraphs: string[]; people: { name: string; forms: string[] }[]; quotes: QuoteGold[] }

const TYPE: Record<NumberKind, string> = {
  count: 'CARDINAL', percent: 'PERCENT', money: 'MONEY', date: 'DATE', time: 'TIME', quantity: 'QUANTITY', ordinal: 'ORDINAL', other: 'OTHER',
};
const VALUE_TYPES = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'ORDINAL', 'CARDINAL']);

function readJsonl<T>(rel: string): T[] {
  const path = fileURLToPath(new URL(rel, import.meta.url));
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

interface Counts { tp: number; fp: number; fn: number }
const prf = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function score(gold: GoldSpan[], pred: GoldSpan[], typed: boolean, c: Counts): void {
  const key = (s: GoldSpan): string => `${s.start}:${s.end}${typed ? `:${s.type}` : ''}`;
  const g = new Map<string, number>();
  for (const s of gold) g.set(key(s), (g.get(key(s)) ?? 0) + 1);
  for (const s of pred) {
    const k = key(s);
    const n = g.get(k) ?? 0;
    if (n > 0) { c.tp++; g.set(k, n - 1); } else c.fp++;
  }
  for (const n of g.values()) c.fn += n;
}

const nlp = winkNLP(model);
const its = nlp.its;

/** wink-nlp value entities with character offsets rebuilt from token values and preceding spaces. */
export function winkNumbers(text: string): GoldSpan[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const offs: { s: number; e: number }[] = [];
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i]!.length;
    const v = values[i]!;
    const at = text.startsWith(v, pos) ? pos : text.indexOf(v, pos);
    const s = at >= 0 ? at : pos;
    offs.push({ s, e: s + v.length });
    pos = s + v.length;
  }
  const out: GoldSpan[] = [];
  const details = doc.entities().out(its.detail) as { type: string }[];
  const spans = doc.entities().out(its.span) as [number, number][];
  spans.forEach(([a, b], k) => {
    const type = details[k]!.type === 'DURATION' ? 'DATE' : details[k]!.type;
    if (!VALUE_TYPES.has(type) || !offs[a] || !offs[b]) return;
    out.push({ text: text.slice(offs[a]!.s, offs[b]!.e), type, start: offs[a]!.s, end: offs[b]!.e });
  });
  return out;
}

export function ledeNumbers(text: string): GoldSpan[] {
  return findNumbers([text], { published: '2026-01-31' }).map((n) => ({ text: n.text, type: TYPE[n.kind], start: n.start, end: n.end }));
}

export function numberScores(cases: NumberCase[], system: (t: string) => GoldSpan[]): { typed: Counts; untyped: Counts; perType: Map<string, Counts> } {
  const typed = { tp: 0, fp: 0, fn: 0 };
  const untyped = { tp: 0, fp: 0, fn: 0 };
  const perType = new Map<string, Counts>();
  for (const c of cases) {
    const pred = system(c.text);
    score(c.spans, pred, true, typed);
    score(c.spans, pred, false, untyped);
    for (const t of VALUE_TYPES) {
      const pt = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      score(c.spans.filter((s) => s.type === t), pred.filter((s) => s.type === t), true, pt);
      perType.set(t, pt);
    }
  }
  return { typed, untyped, perType };
}

/** Person entities built by hand from the case's people: every occurrence of every form is a mention. */
export function handEntities(paragraphs: string[], people: { name: string; forms: string[] }[]): Entity[] {
  return people.map((p, k) => {
    const mentions: Entity['mentions'] = [];
    paragraphs.forEach((text, paragraph) => {
      for (const form of [...p.forms].sort((a, b) => b.length - a.length)) {
        const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const start = m.index;
          const end = start + form.length;
          if (!mentions.some((x) => x.paragraph === paragraph && x.start < end && start < x.end)) mentions.push({ text: form, paragraph, start, end });
        }
      }
    });
    return { id: `p${k}`, name: p.name, type: 'person' as const, mentions };
  });
}

/** Baseline: text between quote marks, speaker = nearest capitalized name before the quote (or after it, in the paragraph). */
export function baselineQuotes(paragraphs: string[], entities: Entity[]): QuoteGold[] {
  const out: QuoteGold[] = [];
  const re = /[“"«]([^”"»]+)[”"»]/g;
  paragraphs.forEach((text, paragraph) => {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const inner = m[1]!.trim().replace(/[,.]$/, '');
      const beforeText = text.slice(0, m.index);
      const names = [...beforeText.matchAll(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g)].filter((x) => !/^(The|A|An|In|On|But|And|He|She|It|This|That)$/.test(x[0]));
      let name = names.length ? names[names.length - 1]![0] : (/[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/.exec(text.slice(m.index + m[0].length))?.[0] ?? null);
      if (name) {
        const last = name.split(/\s+/).pop()!;
        const e = entities.find((x) => x.name.split(/\s+/).includes(last));
        name = e ? e.name : name;
      }
      out.push({ text: inner, paragraph, speaker: name });
    }
  });
  return out;
}

/** People as the shipped NER tagger finds them (what the held-out scoring runs), instead of hand-built ones. */
export function taggerEntities(model: NerModel): (paragraphs: string[]) => Entity[] {
  return (paragraphs) => findEntities(paragraphs, model);
}

export function quoteScores(cases: QuoteCase[], system: (ps: string[], es: Entity[]) => QuoteGold[], people?: (ps: string[]) => Entity[]): { det: Counts; named: number; namedRight: number } {
  const det = { tp: 0, fp: 0, fn: 0 };
  let named = 0;
  let namedRight = 0;
  const norm = (s: string): string => s.replace(/[\s,.;:]+$/, '').replace(/\s+/g, ' ').trim();
  for (const c of cases) {
    const ents = people ? people(c.paragraphs) : handEntities(c.paragraphs, c.people);
    const pred = system(c.paragraphs, ents);
    const used = new Set<number>();
    for (const g of c.quotes) {
      const k = pred.findIndex((p, i) => !used.has(i) && p.paragraph === g.paragraph && norm(p.text) === norm(g.text));
      if (k >= 0) { used.add(k); det.tp++; } else det.fn++;
      if (g.speaker && c.people.some((p) => p.name === g.speaker)) {
        named++;
        if (k >= 0 && pred[k]!.speaker === g.speaker) namedRight++;
      }
    }
    det.fp += pred.length - used.size;
  }
  return { det, named, namedRight };
}

function article1200(): { paragraphs: string[]; entities: Entity[]; tokens: number } {
  const quotes = readJsonl<QuoteCase>('../test/fixtures/quotes/dev.jsonl');
  const numbers = readJsonl<NumberCase>('../test/fixtures/numbers/dev.jsonl');
  const paragraphs: string[] = [];
  let tokens = 0;
  for (let i = 0; tokens < 1200; i++) {
    const q = quotes[i % quotes.length]!;
    const extra = numbers[i % numbers.length]!.text;
    for (const p of [...q.paragraphs, extra]) { paragraphs.push(p); tokens += p.split(/\s+/).length; }
  }
  const people = quotes.flatMap((q) => q.people);
  return { paragraphs, entities: handEntities(paragraphs, people), tokens };
}

/** Median of `runs` timed calls after enough untimed ones for V8 to optimize the code (warm, as in a long-lived page). */
function msPer(fn: () => void, runs = 60, warm = 200): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const pct = (x: number): string => (100 * x).toFixed(1);

export async function run(): Promise<BenchSection> {
  const splits = ['dev', 'test', 'fresh'] as const;
  const num = [...splits, 'fresh3' as const, 'fresh4' as const].map((split) => {
    const cases = readJsonl<NumberCase>(`../test/fixtures/numbers/${split}.jsonl`);
    return { split, cases, ours: numberScores(cases, ledeNumbers), wink: numberScores(cases, winkNumbers), spans: cases.reduce((n, c) => n + c.spans.length, 0) };
  });
  const ner = taggerEntities(decodeNerModel(new Uint8Array(readFileSync(fileURLToPath(new URL('../public/models/ner.bin', import.meta.url))))));
  const quo = [...splits, 'fresh2' as const, 'fresh3' as const, 'fresh4' as const, 'fresh5' as const, 'fresh6' as const].map((split) => {
    const cases = readJsonl<QuoteCase>(`../test/fixtures/quotes/${split}.jsonl`);
    return {
      split, cases, ours: quoteScores(cases, findQuotes), tagged: quoteScores(cases, findQuotes, ner), base: quoteScores(cases, baselineQuotes),
      gold: cases.reduce((n, c) => n + c.quotes.length, 0),
    };
  });
  const art = article1200();
  const msNumbers = msPer(() => findNumbers(art.paragraphs, { published: '2026-01-31' }));
  const msQuotes = msPer(() => findQuotes(art.paragraphs, art.entities));
  const msWink = msPer(() => { for (const p of art.paragraphs) winkNumbers(p); }, 20, 20);

  const numRows = num.flatMap((n) => {
    const oT = prf(n.ours.typed), oU = prf(n.ours.untyped), wT = prf(n.wink.typed), wU = prf(n.wink.untyped);
    return [
      `| ${n.split} (${n.cases.length} sentences, ${n.spans} spans) | Lede numbers | ${pct(oT.p)} / ${pct(oT.r)} / **${pct(oT.f)}** | ${pct(oU.f)} |`,
      `| | wink-nlp (DURATION → DATE) | ${pct(wT.p)} / ${pct(wT.r)} / **${pct(wT.f)}** | ${pct(wU.f)} |`,
    ];
  }).join('\n');
  const typeRows = [...VALUE_TYPES].map((t) => `| ${t} | ${num.slice(0, 2).map((n) => `${pct(prf(n.ours.perType.get(t)!).f)} | ${pct(prf(n.wink.perType.get(t)!).f)}`).join(' | ')} |`).join('\n');
  const acc = (q: { named: number; namedRight: number }): string => `${pct(q.namedRight / Math.max(1, q.named))}% (${q.namedRight}/${q.named})`;
  const quoteRows = quo.flatMap((q) => {
    const o = prf(q.ours.det), b = prf(q.base.det), t = prf(q.tagged.det);
    return [
      `| ${q.split} (${q.cases.length} passages, ${q.gold} quotes) | Lede quotes | ${pct(o.p)} / ${pct(o.r)} / **${pct(o.f)}** | **${acc(q.ours)}** |`,
      `| | Lede quotes, people from the NER tagger | ${pct(t.p)} / ${pct(t.r)} / **${pct(t.f)}** | **${acc(q.tagged)}** |`,
      `| | quote marks + nearest preceding name | ${pct(b.p)} / ${pct(b.r)} / **${pct(b.f)}** | ${acc(q.base)} |`,
    ];
  }).join('\n');
  const markdown = `Our own sets, written by hand: numbers to the OntoNotes value guidelines (test/fixtures/numbers/), quotes in news style with hand-built person entities (test/fixtures/quotes/). The rules were tuned on dev; test was written after the first version, and fresh (numbers in treebank-tokenized form, quotes in US campaign-news style) last; quotes fresh2 (five passages in US congressional, US city, German/Russian wire, US court and UK political style, with role words, unnamed sources, pronouns and coordinated partial quotes) came a session later; numbers fresh3 (135 sentences from finance, politics, sports, science, courts, weather, health and transport news, half treebank-tokenized, with ranges, ages, fiscal years, time zones, scores, tallies, non-dollar currencies and ID-like numbers that are not values) was written after the rules had been fitted to the other three, to re-estimate the held-out figure; numbers fresh4 (48 sentences on other topics) was written blind after the fresh3 fixes, to estimate how far those fixes carry; quotes fresh3 (eight passages: EU wire with „…“ and «…», a Senate hearing exchange, an Indian state election, a UK council row in single quotes, a rally speech running over paragraphs, a White House briefing with anonymous officials, an Australian campaign, a California bill in straight quotes) was written blind after the fresh2 fixes; quotes fresh4 (eight passages: a New York Times story with Mr./Ms. after first mention and family-name-first Chinese names, a Playbook item with unnamed aides and posts, an AP Supreme Court ruling quoting opinions, a BBC story with the prime minister's official spokesman, a Dáil exchange, a Mexican election with two-surname names, a South African coalition row, a New York story where a politician and her husband share a surname, with interview Q&A) was written blind after the fresh3 fixes; quotes fresh5 (six passages: a Reuters wire story in straight quotes, a Guardian story, a local TV-station story, an Al Jazeera Gaza-talks story with Arabic names and titles after first mention, a Merz–Macron story with the chancellor and the Élysée, a Politico Europe story with several commissioners and a speech over two paragraphs) was written blind after the fresh4 fixes; quotes fresh6 (five passages: a Washington Post congressional story with party-state tags, a Bloomberg central-bank story, a Times of India state rally, a Kyiv Independent war-politics story, a Pennsylvania statehouse story with an op-ed) was written blind after the fresh5 fixes. Quotes are also scored with people from the shipped NER tagger instead of hand-built ones, as the held-out scoring runs. Each was first scored before any fix it informed: ${FIRST_LOOK}. Fixes followed, so the figures below overstate held-out accuracy; the first looks are the fairer estimate.

| set | system | typed P / R / F1 (exact span) | untyped F1 |
| --- | --- | --- | --- |
${numRows}

| type | dev Lede | dev wink | test Lede | test wink |
| --- | --- | --- | --- | --- |
${typeRows}

| set | system | quote detection P / R / F1 | named speaker right |
| --- | --- | --- | --- |
${quoteRows}

Speed on a ${art.tokens}-token article (median, warm): numbers ${msNumbers.toFixed(2)} ms (wink-nlp ${msWink.toFixed(2)} ms), quotes ${msQuotes.toFixed(2)} ms.
`;
  const f = (x: Counts): number => +pct(prf(x).f);
  const accN = (q: { named: number; namedRight: number }): number => +pct(q.namedRight / Math.max(1, q.named));
  return {
    title: 'Numbers and quotes',
    markdown,
    figures: {
      numbers_dev_typed_f1: f(num[0]!.ours.typed), numbers_test_typed_f1: f(num[1]!.ours.typed),
      wink_dev_typed_f1: f(num[0]!.wink.typed), wink_test_typed_f1: f(num[1]!.wink.typed),
      numbers_test_untyped_f1: f(num[1]!.ours.untyped), numbers_fresh_typed_f1: f(num[2]!.ours.typed), wink_fresh_typed_f1: f(num[2]!.wink.typed),
      numbers_fresh3_typed_f1: f(num[3]!.ours.typed), numbers_fresh3_untyped_f1: f(num[3]!.ours.untyped),
      wink_fresh3_typed_f1: f(num[3]!.wink.typed), wink_fresh3_untyped_f1: f(num[3]!.wink.untyped),
      numbers_fresh4_typed_f1: f(num[4]!.ours.typed), numbers_fresh4_untyped_f1: f(num[4]!.ours.untyped),
      wink_fresh4_typed_f1: f(num[4]!.wink.typed), wink_fresh4_untyped_f1: f(num[4]!.wink.untyped),
      quotes_fresh_f1: f(quo[2]!.ours.det), quotes_fresh_speaker: accN(quo[2]!.ours),
      quotes_fresh3_f1: f(quo[4]!.ours.det), quotes_fresh3_speaker: accN(quo[4]!.ours),
      quotes_fresh3_tagger_f1: f(quo[4]!.tagged.det), quotes_fresh3_tagger_speaker: accN(quo[4]!.tagged),
      quotes_fresh4_f1: f(quo[5]!.ours.det), quotes_fresh4_speaker: accN(quo[5]!.ours),
      quotes_fresh4_tagger_f1: f(quo[5]!.tagged.det), quotes_fresh4_tagger_speaker: accN(quo[5]!.tagged),
      quotes_fresh5_f1: f(quo[6]!.ours.det), quotes_fresh5_speaker: accN(quo[6]!.ours),
      quotes_fresh5_tagger_f1: f(quo[6]!.tagged.det), quotes_fresh5_tagger_speaker: accN(quo[6]!.tagged),
      quotes_fresh6_f1: f(quo[7]!.ours.det), quotes_fresh6_speaker: accN(quo[7]!.ours),
      quotes_fresh6_tagger_f1: f(quo[7]!.tagged.det), quotes_fresh6_tagger_speaker: accN(quo[7]!.tagged),
      quotes_test_tagger_speaker: accN(quo[1]!.tagged),
      quotes_dev_f1: f(quo[0]!.ours.det), quotes_test_f1: f(quo[1]!.ours.det),
      quotes_dev_speaker: accN(quo[0]!.ours), quotes_test_speaker: accN(quo[1]!.ours),
      baseline_quotes_test_f1: f(quo[1]!.base.det), baseline_test_speaker: accN(quo[1]!.base),
      numbers_ms_per_1200_tokens: +msNumbers.toFixed(3), quotes_ms_per_1200_tokens: +msQuotes.toFixed(3),
    },
  };
}

/** What the test sets scored when first run, before any fix informed by them. */
const FIRST_LOOK = 'numbers test 91.9 and fresh 93.2 typed F1 (after correcting our own gold slips); quotes test 95.5 F1 with 27/34 speakers right, fresh 98.2 F1 (100 once our gold took in a one-word partial quote it had missed) with 28/28; quotes fresh2 98.1 F1 with 44/49 speakers right; numbers fresh3 87.1 typed (P 85.7 / R 88.6) and 88.9 untyped F1, beside wink-nlp 51.9 typed and 55.8 untyped; numbers fresh4 (after the fresh3 fixes) 89.4 typed (P 89.8 / R 89.1) and 93.3 untyped F1, beside wink-nlp 54.8 and 59.3; quotes fresh3 96.7 F1 (P 98.9 / R 94.7) with 64/80 named speakers right (80.0%), 62/80 (77.5%) with people from the NER tagger, beside the baseline at 90.4 F1 and 25/80; quotes fresh4 (written blind after the fresh3 fixes) 98.1 F1 (P 100 / R 96.2) with 80/92 named speakers right (87.0%), 98.1 F1 with 76/92 (82.6%) with people from the NER tagger, beside the baseline at 100 F1 and 36/92; quotes fresh5 (written blind after the fresh4 fixes) 100 F1 (P 100 / R 100) with 46/55 named speakers right (83.6%), 100 F1 with 44/55 (80.0%) with people from the NER tagger, beside the baseline at 99.2 F1 and 22/55; quotes fresh6 (written blind after the fresh5 fixes) 99.2 F1 (P 100 / R 98.5) with 59/63 named speakers right (93.7%), 99.2 F1 with 58/63 (92.1%) with people from the NER tagger, beside the baseline at 100 F1 and 18/63';

export default run;
await printWhenMain(import.meta, run);
