/**
 * Finds top-level quoted stretches in one paragraph: curly “…”, straight "…", guillemets «…» and
 * ‹…›, low-high „…“ and single ‘…’ / '…' when they are used as quote marks rather than apostrophes.
 * Marks nested inside an open quote are part of its text ("quotes inside quotes"). An opening mark with
 * no closing mark runs to the paragraph end, which is how news style continues a quote into the next
 * paragraph. Never throws; one pass over the paragraph plus one look-ahead per opening mark.
 */

export interface Piece {
  /** Offsets of the opening mark and of the closing mark (text.length when unclosed). */
  open: number;
  close: number;
  /** The quoted words without marks, surrounding space or the trailing , . ; : inside the closing mark. */
  start: number;
  end: number;
  closed: boolean;
  /** The quoted words ended in . ! ? (the quote closed a sentence). */
  terminal: boolean;
  /** The quoted words ended in a full stop: in news style the attribution then never follows the mark. */
  period: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '‹': '›', '„': '“', '"': '"', '‘': '’', "'": "'", '「': '」', '『': '』' };
const OPEN_BEFORE = /[\s([{—–\-/:;,«“"]/u;
const LETTER = /[\p{L}\p{N}]/u;
const CLITIC = /^(?:s|re|ll|ve|d|m|t|S|RE|LL|VE|D|M)(?![\p{L}\p{N}])/u;

function isOpener(text: string, i: number): boolean {
  const c = text[i]!;
  if (!(c in PAIRS)) return false;
  if (c === '“' && text[i + 1] === undefined) return false;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = text[i + 1] ?? '';
  if (c === '«' || c === '„' || c === '‹' || c === '「' || c === '『') return true;
  if (c === '“') return !/\s/.test(next) || next === '';
  // Straight double and single marks open only at a word start.
  if (!OPEN_BEFORE.test(prev) || next === '' || /\s/.test(next)) return false;
  if (c === '‘' || c === "'") {
    // A clitic split off by a tokenizer ("Clinton 's", "they 're") is not a quote.
    if (CLITIC.test(text.slice(i + 1, i + 4))) return false;
    return LETTER.test(next) && !/\d/.test(next);
  }
  return true;
}

function isCloser(text: string, j: number, opener: string): boolean {
  const c = text[j]!;
  const want = PAIRS[opener]!;
  if (opener === '„' && (c === '“' || c === '”')) return true;
  if (c !== want) return false;
  if (opener === '‘' || opener === "'") {
    // An apostrophe sits between letters ("don’t"); a closing single mark does not.
    const prev = text[j - 1] ?? '';
    const next = text[j + 1] ?? '';
    if (/\s/.test(prev)) return false;
    return !LETTER.test(next);
  }
  if (opener === '"') return !/\s/.test(text[j - 1] ?? ' ') || j === text.length - 1;
  return true;
}

function trimmed(text: string, s: number, e: number): { start: number; end: number; terminal: boolean; period: boolean } {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const last = text[e - 1] ?? '';
  const terminal = /[.!?…]/.test(last);
  const period = last === '.' && text[e - 2] !== '.';
  if ((last === ',' || last === ';' || last === ':' || (last === '.' && text[e - 2] !== '.')) && e - 1 > s) e--;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e, terminal, period };
}

/** For each offset, the first offset at or after it where a closer for `opener` stands (-1: none). */
function closerTable(text: string, opener: string): Int32Array {
  const table = new Int32Array(text.length + 1).fill(-1);
  for (let j = text.length - 1; j >= 0; j--) table[j] = isCloser(text, j, opener) ? j : table[j + 1]!;
  return table;
}

/** Top-level quote pieces of a paragraph, in order. */
export function findPieces(text: string): Piece[] {
  const out: Piece[] = [];
  const n = text.length;
  const nextSingle = new Map<string, Int32Array>();
  let straight = 0;
  for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) straight++;
  const evenStraight = straight >= 2 && straight % 2 === 0 && !/[“”]/.test(text);
  let i = 0;
  while (i < n) {
    // Treebank-style ``quotes'' (tokenized corpora write them so).
    if (text.charCodeAt(i) === 96 && text.charCodeAt(i + 1) === 96) {
      const close = text.indexOf("''", i + 2);
      const end = close < 0 ? n : close;
      const tr = trimmed(text, i + 2, end);
      if (tr.end > tr.start) out.push({ open: i, close: end, start: tr.start, end: tr.end, closed: close >= 0, terminal: tr.terminal, period: tr.period });
      i = close < 0 ? n : close + 2;
      continue;
    }
    // Straight double marks that pair up evenly in the paragraph pair in order, whatever the spacing
    // (tokenized text writes " We will win , " with spaces inside the marks).
    if (text.charCodeAt(i) === 34 && evenStraight) {
      const close = text.indexOf('"', i + 1);
      // Its partner may have been taken by another mark (« " » "): then this one opens nothing.
      if (close < 0) { i++; continue; }
      const tr = trimmed(text, i + 1, close);
      if (tr.end > tr.start) out.push({ open: i, close, start: tr.start, end: tr.end, closed: true, terminal: tr.terminal, period: tr.period });
      i = close + 1;
      continue;
    }
    if (!isOpener(text, i)) { i++; continue; }
    const opener = text[i]!;
    const single = opener === '‘' || opener === "'";
    let closeAt = -1;
    if (single) {
      // Single marks double as apostrophes, so many may open and never close: a table of the next
      // closer keeps a page of them linear. A single quote longer than 2,000 characters is not one.
      let table = nextSingle.get(opener);
      if (!table) nextSingle.set(opener, (table = closerTable(text, opener)));
      const j = i + 1 < n ? table[i + 1]! : -1;
      closeAt = j >= 0 && j < i + 2000 ? j : -1;
    } else {
      for (let j = i + 1; j < n; j++) {
        if (isCloser(text, j, opener)) { closeAt = j; break; }
      }
    }
    if (closeAt < 0 && single) { i++; continue; }
    const close = closeAt < 0 ? n : closeAt;
    const tr = trimmed(text, i + 1, close);
    if (tr.end > tr.start) out.push({ open: i, close, start: tr.start, end: tr.end, closed: closeAt >= 0, terminal: tr.terminal, period: tr.period });
    i = close + 1;
  }
  return out;
}
