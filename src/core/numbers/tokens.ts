/**
 * A small tokenizer for the number finder. Numbers stay whole ("1,234.5"), words keep inner
 * apostrophes but lose a possessive "’s" (so "today’s" yields "today"), and every other non-space
 * character is its own token. Each token knows whether whitespace precedes it (`glued` when not), which
 * is how "US$5", "5bn", "12-nation" and "COVID-19" are told apart from spaced text.
 */

export interface NumToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
  /** 'd' digits, 'w' word, 'p' punctuation or symbol. */
  type: 'd' | 'w' | 'p';
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First token of a sentence (after . ! ? or an opening quote or bracket at a sentence start). */
  initial: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]/gu;
const POSSESSIVE = /['’][sS]$/;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', '—', '–', '-', ':']);

export function tokenizeForNumbers(text: string): NumToken[] {
  const out: NumToken[] = [];
  let prevEnd = 0;
  let sentenceStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    const glued = start === prevEnd && out.length > 0;
    const type: NumToken['type'] = /^\d/.test(word) ? 'd' : /^[\p{L}\p{M}]/u.test(word) ? 'w' : 'p';
    let possessive: string | null = null;
    if (type === 'w' && word.length > 2 && POSSESSIVE.test(word)) {
      possessive = word.slice(-2);
      word = word.slice(0, -2);
    }
    const initial = sentenceStart;
    const cap = type === 'w' && word[0] !== word[0]!.toLowerCase();
    out.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, glued, type, initial, cap });
    if (possessive) {
      const s = start + word.length;
      out.push({ text: possessive, lower: possessive.toLowerCase(), start: s, end: s + 2, glued: true, type: 'p', initial: false, cap: false });
    }
    prevEnd = start + m[0].length;
    if (type === 'p') {
      if (word === '.' || word === '!' || word === '?' || word === '…') sentenceStart = true;
      else if (!(sentenceStart && OPENERS.has(word))) sentenceStart = false;
    } else sentenceStart = false;
  }
  return out;
}
