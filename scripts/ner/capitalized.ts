/**
 * The words usually written with a capital mid-sentence, counted in unlabelled text: the tokens of
 * CoNLL-2003 train (labels unused), the article text of Readability's test pages and the ClaimBuster
 * sentences, all read from ../shared. A sentence with no capital at all gets them back before tagging.
 * Only the word list leaves this script. (The word clusters come from GloVe: glove-clusters.ts.)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ColumnDocument } from '../../src/core/ner/conll.ts';
import { normalizeWord } from '../../src/core/ner/features.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import { tokenize } from '../../src/core/text/tokenize.ts';

/** Sentences of unlabelled text from ../shared (no test data). */
function unlabelledSentences(root: string, labelled: ColumnDocument[][]): string[][] {
  const out: string[][] = [];
  for (const docs of labelled) for (const doc of docs) for (const s of doc) out.push(s.tokens);
  const addText = (text: string): void => {
    for (const r of splitSentences(text)) out.push(tokenize(text.slice(r.start, r.end)).map((t) => t.text));
  };
  const pages = resolve(root, '../shared/corpora/extraction/readability/test-pages');
  if (existsSync(pages)) {
    for (const name of readdirSync(pages)) {
      const file = resolve(pages, name, 'expected.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      for (const block of html.split(/<\/(?:p|h\d|li|div|blockquote|td)>/i)) addText(htmlText(block));
    }
  }
  for (const f of ['train.tsv', 'dev.tsv']) {
    const file = resolve(root, '../shared/corpora/claims/claimbuster', f);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) addText(line.split('\t')[1] ?? '');
  }
  return out;
}

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/\s+/g, ' ');
}

/** The words usually written with a capital mid-sentence (for restoring case in all-lowercase text). */
export function buildCapitalized(root: string, labelled: ColumnDocument[][]): string[] {
  const counts = new Map<string, number>();
  const capMid = new Map<string, number>();
  for (const s of unlabelledSentences(root, labelled)) {
    s.forEach((w, i) => {
      const l = normalizeWord(w);
      counts.set(l, (counts.get(l) ?? 0) + 1);
      if (i > 0 && w !== l && /^\p{Lu}\p{Ll}/u.test(w)) capMid.set(l, (capMid.get(l) ?? 0) + 1);
    });
  }
  return [...counts]
    .filter(([w, c]) => c >= 2 && /^\p{L}/u.test(w) && (capMid.get(w) ?? 0) >= 0.8 * c)
    .map(([w]) => w)
    .sort();
}
