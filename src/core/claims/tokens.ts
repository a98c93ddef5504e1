/**
 * Word tokens for the claim model, with UTF-16 offsets. Shared by training and inference so that the
 * model sees exactly the same features in both. One linear scan, no backtracking regex, so a
 * 200,000-word page stays linear.
 */

/** One word-like token: `text` is the raw slice, `lower` its lowercased form with curly apostrophes folded. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Letters, digits and marks (any script) make words; `'`, `’`, `.`, `,` and `-` may join word parts. */
const WORD = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(["'", '’', '.', ',', '-']);
/** Symbols that carry meaning for check-worthiness and become tokens of their own. */
const SYMBOLS = new Set(['$', '€', '£', '¥', '%', '?', '!', '"', '“', '”', ';', ':', ',']);

function isWord(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Splits text into word and symbol tokens. Joiners stay inside a word only between two word characters
 * (`don't`, `3.5`, `1,200`, `Japan-China`); a `.` or `,` joins only digits so "U.S." keeps its dots but a
 * sentence-final period does not stick to the last word. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (isWord(ch)) {
      const start = i;
      i++;
      while (i < to) {
        const c = text[i]!;
        if (isWord(c)) { i++; continue; }
        const next = text[i + 1];
        if (JOINERS.has(c) && i + 1 < to && next !== undefined && isWord(next) && joins(text, start, i)) {
          i++;
          continue;
        }
        break;
      }
      const raw = text.slice(start, i);
      out.push({ text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start, end: i });
    } else {
      if (SYMBOLS.has(ch)) out.push({ text: ch, lower: ch === '“' || ch === '”' ? '"' : ch, start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

/** Whether the joiner at `i` stays inside the word that began at `start`: apostrophes and hyphens
 * always, `.` and `,` between digits ("3.5", "1,200"), and `.` in capital-letter abbreviations ("U.S"). */
function joins(text: string, start: number, i: number): boolean {
  const c = text[i]!;
  if (c === "'" || c === '’' || c === '-') return true;
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (isDigit(prev) && isDigit(next)) return true;
  return c === '.' && isUpper(prev) && isUpper(next) && (i - 1 === start || text[i - 2] === '.');
}

function isUpper(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}

/** The token's shape when it holds a digit ("1990" → "dddd", "$5.3" → "d.d", "1,200" → "d,ddd"), else
 * null. Numbers generalize by shape, not by value: the model should not learn "1990" but "a year". */
export function numberShape(lower: string): string | null {
  let hasDigit = false;
  let shape = '';
  let run = 0;
  for (let i = 0; i < lower.length && shape.length < 10; i++) {
    const c = lower[i]!;
    if (c >= '0' && c <= '9') {
      hasDigit = true;
      if (++run <= 4) shape += 'd';
    } else {
      run = 0;
      const s = c >= 'a' && c <= 'z' ? 'a' : c;
      if (!shape.endsWith(s) || s !== 'a') shape += s;
    }
  }
  return hasDigit ? shape : null;
}
