/**
 * Turns a hand-labelled text with inline entities ("[PER Abel Tasman] reached [LOC New Zealand]") into a
 * CoNLL column file (token, IOB2 tag) that `lede eval ner` scores, tokenized and split into sentences by
 * the same code the tagger uses. A line `-DOCSTART-` starts a document; blank lines separate paragraphs.
 * An entity that covers only part of a token ("non-[MISC Polynesian]") is left out: CoNLL tags whole
 * tokens, and such a token is not a name.
 *
 *   npx tsx scripts/ner/bracketed-to-conll.ts IN.txt OUT.conll
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tokenize } from '../../src/core/text/tokenize.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';

interface Span { start: number; end: number; type: string }

const MARK = /\[(PER|ORG|LOC|MISC) ([^\]]+)\]/g;

export function parseBracketed(line: string): { text: string; spans: Span[] } {
  let text = '';
  let at = 0;
  const spans: Span[] = [];
  for (const m of line.matchAll(MARK)) {
    text += line.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + m[2]!.length, type: m[1]! });
    text += m[2]!;
    at = m.index! + m[0].length;
  }
  return { text: text + line.slice(at), spans };
}

export function toConll(input: string): string {
  const out: string[] = [];
  for (const line of input.split('\n')) {
    if (!line.trim()) continue;
    if (line.trim() === '-DOCSTART-') { out.push('-DOCSTART- O', ''); continue; }
    const { text, spans } = parseBracketed(line);
    for (const s of splitSentences(text)) {
      const toks = tokenize(text.slice(s.start, s.end)).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
      for (const t of toks) {
        const span = spans.find((x) => x.start <= t.start && t.end <= x.end && toks.some((u) => u.start === x.start) && toks.some((u) => u.end === x.end));
        const tag = span ? `${span.start === t.start ? 'B' : 'I'}-${span.type}` : 'O';
        out.push(`${t.text} ${tag}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [inPath, outPath] = process.argv.slice(2);
  if (!inPath || !outPath) throw new Error('usage: bracketed-to-conll IN.txt OUT.conll');
  writeFileSync(outPath, toConll(readFileSync(inPath, 'utf8')));
}
