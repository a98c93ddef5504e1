/**
 * Word tokenizer with UTF-16 offsets, close to the Penn Treebank / CoNLL-2003 conventions the entity
 * tagger was trained on: punctuation and quotes (straight or curly) are their own tokens, possessive
 * `'s`/`’s` and `n't` are split off, abbreviations (U.S., Dr., Jan.) and initials keep their period,
 * numbers keep their separators (1,200.50), URLs and e-mail addresses stay whole.
 *
 * Hyphenated words stay one token (`Japan-China`, `Indo-Pacific`, `well-known`), as in CoNLL-2003; the
 * entity layer splits a compound into its parts when the parts are entities of their own in the article.
 *
 * Invariant: `text.slice(t.start, t.end) === t.text`, tokens in order, never overlapping, never empty.
 */
import { isAbbreviation } from './abbreviations.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Characters that always stand alone when they lead or trail a word. */
const EDGE_PUNCT = new Set([
  '"', '“', '”', '„', '‟', '«', '»', '‹', '›', '(', ')', '[', ']', '{', '}', '<', '>',
  ',', ';', ':', '!', '?', '¡', '¿', '…', '*', '|', '~', '^', '#', '†', '‡', '•', '·',
]);
const APOSTROPHES = "'’‘`´";
const DASHES = '–—―‒';
const CURRENCY = '$€£¥₹₩₽¢';

/** Runs of non-space characters, split further by `splitChunk`. */
const CHUNK = /[^\s\u00a0\u2000-\u200b\u2028\u2029\u3000]+/g;
const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;
const URL_START = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[\w.+-]+@\w)/i;
const NUMBERISH = /^[+-]?\d[\d,.:/]*\d(?:%)?$|^\d+%?$/;
/** `'90s`, `'em`, `'tis` keep their leading apostrophe. */
const LEADING_ELISION = /^['’](?:\d0s|em\b|tis\b|twas\b)/i;
const POSSESSIVE_S = /^(.+?)([’'][sS])$/;
const NOT_CONTRACTION = /^(.+?)([nN][’']t)$/;
const CLITIC = /^(.+?)([’'](?:ll|re|ve|m|d|LL|RE|VE|M|D))$/;

/** Splits `text` into word and punctuation tokens. Never throws; linear in the input. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) splitChunk(m[0], m.index, out);
  return out;
}

function push(out: Token[], text: string, start: number): void {
  if (text.length > 0) out.push({ text, start, end: start + text.length });
}

/** Peels punctuation off both ends of one whitespace-free chunk, then splits the core. */
function splitChunk(chunk: string, offset: number, out: Token[]): void {
  if (URL_START.test(chunk)) {
    // A URL or address keeps everything but trailing sentence punctuation.
    const core = chunk.replace(/[.,;:!?)\]}"'”’»]+$/, '');
    if (core.length > 0 && URLISH.test(core)) {
      push(out, core, offset);
      for (let i = core.length; i < chunk.length; i++) push(out, chunk[i]!, offset + i);
      return;
    }
  }
  let lo = 0;
  let hi = chunk.length;
  // Leading punctuation, quotes, brackets and currency symbols.
  while (lo < hi) {
    const c = chunk[lo]!;
    if (EDGE_PUNCT.has(c) || DASHES.includes(c) || CURRENCY.includes(c)) {
      push(out, c, offset + lo);
      lo++;
    } else if (APOSTROPHES.includes(c) && !LEADING_ELISION.test(chunk.slice(lo, lo + 6))) {
      push(out, c, offset + lo);
      lo++;
    } else if (c === '-' && lo + 1 < hi && chunk[lo + 1] === '-') {
      // "--" as a dash.
      let j = lo;
      while (j < hi && chunk[j] === '-') j++;
      push(out, chunk.slice(lo, j), offset + lo);
      lo = j;
    } else break;
  }
  // Trailing punctuation, collected right to left then emitted in order.
  const tail: Token[] = [];
  while (hi > lo) {
    const c = chunk[hi - 1]!;
    if (EDGE_PUNCT.has(c) || DASHES.includes(c)) {
      tail.push({ text: c, start: offset + hi - 1, end: offset + hi });
      hi--;
    } else if (c === '.') {
      const core = chunk.slice(lo, hi);
      // "..." stays one token.
      if (core.endsWith('...')) {
        let j = hi;
        while (j > lo && chunk[j - 1] === '.') j--;
        tail.push({ text: chunk.slice(j, hi), start: offset + j, end: offset + hi });
        hi = j;
        continue;
      }
      if (isAbbreviation(core)) break;
      tail.push({ text: '.', start: offset + hi - 1, end: offset + hi });
      hi--;
    } else if (APOSTROPHES.includes(c) && hi - lo > 1) {
      // A plural possessive (`nations’`) or a closing single quote.
      tail.push({ text: c, start: offset + hi - 1, end: offset + hi });
      hi--;
    } else break;
  }
  if (hi > lo) splitCore(chunk.slice(lo, hi), offset + lo, out);
  for (let i = tail.length - 1; i >= 0; i--) out.push(tail[i]!);
}

/** Splits clitics and dashes inside a word that has no edge punctuation left. */
function splitCore(core: string, offset: number, out: Token[]): void {
  if (NUMBERISH.test(core) || URLISH.test(core)) return push(out, core, offset);
  // Em/en dashes inside a chunk ("2010–2015", "minerals–which") separate words.
  for (let i = 1; i < core.length - 1; i++) {
    if (DASHES.includes(core[i]!)) {
      splitCore(core.slice(0, i), offset, out);
      push(out, core[i]!, offset + i);
      splitCore(core.slice(i + 1), offset + i + 1, out);
      return;
    }
  }
  if (core.length > 2) {
    const m = POSSESSIVE_S.exec(core) ?? NOT_CONTRACTION.exec(core) ?? CLITIC.exec(core);
    if (m && /\p{L}|\d/u.test(m[1]!)) {
      const head = m[1]!;
      // "can't" → "ca" + "n't" as in PTB; "Starmer’s" → "Starmer" + "’s".
      splitCore(head, offset, out);
      push(out, m[2]!, offset + head.length);
      return;
    }
  }
  push(out, core, offset);
}
