/**
 * Sentence splitter with UTF-16 offsets. A sentence ends at `.`, `!`, `?` or `…` (plus any closing
 * quotes and brackets) when whitespace and a plausible sentence start follow, and never after a title
 * (Dr., Mr.), inside a number (3.5) or after an initial; dotted acronyms (U.S.) end a sentence only when
 * a word that usually starts sentences follows. Line breaks always end a sentence.
 *
 * Spans cover the text without surrounding whitespace, are in order, and never overlap.
 */
import { isAbbreviation, isTitleAbbreviation } from './abbreviations.ts';

/** Words that, capitalized after an abbreviation such as "U.S.", signal a new sentence. */
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but',
  'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'there',
  'his', 'her', 'its', 'their', 'our', 'my', 'however', 'meanwhile', 'still', 'also', 'as', 'some', 'many',
]);

const CLOSERS = '"”’\')]}»›';
const TERMINAL = /[.!?…]/;

/** Splits `text` into sentences. Never throws; linear in the input. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  let start = -1;
  const close = (end: number): void => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (start >= 0 && e > start) out.push({ start, end: e });
    start = -1;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (start < 0) {
      if (!/\s/.test(c)) start = i;
      else continue;
    }
    if (c === '\n' || c === '\r' || c === '\u2029') {
      close(i);
      continue;
    }
    if (!TERMINAL.test(c)) continue;
    // Extend over repeated terminals and closing quotes/brackets: `end.”` or `?!`.
    let j = i + 1;
    while (j < n && (TERMINAL.test(text[j]!) || CLOSERS.includes(text[j]!))) j++;
    if (j < n && !/\s/.test(text[j]!)) continue; // "3.5", "U.S.-led", "example.com"
    let k = j;
    while (k < n && /[ \t\u00a0]/.test(text[k]!)) k++;
    if (k >= n) break;
    if (c === '.' && j === i + 1 && !endsSentenceAfterPeriod(text, start, i, k)) continue;
    if (!startsSentence(text[k]!)) continue;
    close(j);
    i = j - 1;
  }
  if (start >= 0) close(n);
  return out;
}

/** The next sentence may open with a capital, digit, quote or bracket. */
function startsSentence(c: string): boolean {
  return /[\p{Lu}\p{N}"“‘'(\[¿¡«\-–—]/u.test(c) || /[\n\r]/.test(c);
}

/** Decides whether the period at `dot` ends a sentence, looking at the word before and after it. */
function endsSentenceAfterPeriod(text: string, sentenceStart: number, dot: number, next: number): boolean {
  let w = dot;
  while (w > sentenceStart && !/[\s"“‘(\[]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot + 1);
  if (!isAbbreviation(word)) return true;
  if (isTitleAbbreviation(word) || /^\p{Lu}\.$/u.test(word)) return false;
  // "U.S. The" ends a sentence, "U.S. government" or "Jan. 5" does not.
  let e = next;
  while (e < text.length && /\p{L}/u.test(text[e]!) && e - next < 20) e++;
  const following = text.slice(next, e);
  return /^\p{Lu}/u.test(following) && STARTERS.has(following.toLowerCase());
}
