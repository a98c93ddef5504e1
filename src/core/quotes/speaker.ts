/**
 * Reads who a quote is attributed to from the words around it, as a noun phrase still to be resolved:
 * a name ("Starmer said", "said Keir Starmer", "according to X", "X: “…”"), a pronoun ("he said") or a
 * definite title ("the prime minister added"). Looks after the closing mark first (the usual news
 * order), then at the sentence before the opening mark.
 */
import { FRENCH_SPEECH, NEEDS_PARTICLE, TITLE_WORDS } from './lexicon.ts';
import type { Word } from './words.ts';
import type { Piece } from './marks.ts';
import { NOT_A_ROLE, OPEN_MARKS, TERMINAL, UNNAMED_DETERMINERS, isSpeech, npAfter, npBefore, subject, wordAt, type NP } from './phrases.ts';

export type { Gender, NP } from './phrases.ts';
export { wordAt } from './phrases.ts';

/** Nouns for someone's words: "…”, a claim Labour denied". */
/** Words that open a sentence pointing back at the quote before it. */
const POINTERS = new Set(['that', 'those', 'such', 'this', 'these']);

/** "…, before adding:": words that lead a participle clause sharing the sentence's subject. */
const SUBORDINATORS = new Set(['before', 'after', 'while', 'when', 'by']);

const QUOTE_NOUNS = new Set(['claim', 'remark', 'comment', 'charge', 'accusation', 'description', 'characterization', 'characterisation',
  'assessment', 'statement', 'phrase', 'label', 'term', 'suggestion', 'assertion', 'allegation', 'view', 'argument', 'line', 'message']);

/** Verbs that answer the previous speaker: “No,” he replied / she shot back. */
const REPLY_VERBS = new Set(['replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'retorted', 'retorts', 'countered', 'counters', 'shot', 'fired', 'hit']);

/** “…,” council member Dana Whitfield told / Kremlin spokesman Dmitry Peskov told: up to three role words before the name. */
function roleWords(ws: Word[], from: number, to: number): boolean {
  // "West Bengal Chief Minister X": a place and a title, in capitals, may run longer.
  if (to - from > 3 && to - from <= 6 && TITLE_WORDS.has(ws[to - 1]!.lower)) {
    return ws.slice(from, to).every((w) => w.word && (w.cap || w.lower === 'of'));
  }
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!ws[k]!.word || NOT_A_ROLE.has(ws[k]!.lower)) return false;
  return true;
}

/** The attribution keeps its source unnamed: "who asked not to be named", "on condition of anonymity". */
function anonymous(ws: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const l = ws[k]!.lower;
    if (l === 'anonymity' || (l === 'named' && ws[k - 1]?.lower === 'be') || l === 'authorised' || l === 'authorized') return true;
  }
  return false;
}

/** “…,” a White House spokeswoman, Karine Jean-Pierre, said: a short role phrase, a comma, then titles and the name. */
function roleAppositive(ws: Word[], from: number, name: number): boolean {
  let c = from;
  while (c < name && ws[c]!.text !== ',') c++;
  if (c === from || c >= name || c - from > 7) return false;
  // "Pence’s former chief of staff, Marc Short,": an owner's possessive belongs to the role.
  for (let k = from; k < c; k++) if ((!ws[k]!.word && ws[k]!.lower !== '’s') || NOT_A_ROLE.has(ws[k]!.lower)) return false;
  for (let k = c + 1; k < name; k++) if (!(ws[k]!.cap && TITLE_WORDS.has(ws[k]!.lower))) return false;
  return true;
}

/** Attribution in the words right after the closing mark: “…,” Starmer said / said Starmer / he added. */
function after(ws: Word[], piece: Piece): NP | null {
  // “… a gift to Putin.” Senator Corbin said …: a quote closed by a full stop ends its sentence, so what
  // follows is the next sentence, not this quote's attribution.
  if (!piece.closed) return null;
  let a = wordAt(ws, piece.close + 1);
  let b = a;
  while (b < ws.length && b < a + 25 && !TERMINAL.has(ws[b]!.text) && !OPEN_MARKS.has(ws[b]!.text)) b++;
  // “I’ve never seen a shutdown this dumb.” — Rep. Steny Hoyer: a dash and a name after a whole-sentence
  // quote sign it, as under a quote of the day or an epigraph.
  if (piece.terminal && (ws[a]?.text === '—' || ws[a]?.text === '–')) {
    const np = npAfter(ws, a + 1, b);
    return np && np.kind === 'name' ? np : null;
  }
  // “Our patience has limits.” That was the message from Foreign Minister Penny Wong: the next sentence
  // points back at the words and names who said them.
  if (piece.terminal && POINTERS.has(ws[a]?.lower ?? '') && (ws[a + 1]?.lower === 'was' || ws[a + 1]?.lower === 'were') && ws[a + 2]?.lower === 'the') {
    for (let f = a + 4; f < b && f < a + 6; f++) {
      if (ws[f]!.lower !== 'from' && ws[f]!.lower !== 'of' && ws[f]!.lower !== 'by') continue;
      const np = npAfter(ws, f + 1, b);
      return np && np.kind === 'name' ? np : null;
    }
  }
  if (piece.period) return null;
  while (a < b && (ws[a]!.text === ',' || ws[a]!.text === '—' || ws[a]!.text === '–')) a++;
  if (a >= b) return null;
  if (ws[a]!.lower === 'according' && ws[a + 1]?.lower === 'to') return npAfter(ws, a + 2, b);
  // « … », a répondu Sophie Garnier / a-t-il lancé: French puts the auxiliary first.
  const aux = /^a(?:-t-(il|elle))?$/.exec(ws[a]!.lower);
  if (aux && FRENCH_SPEECH.has(ws[a + 1]?.lower ?? '')) {
    if (aux[1]) return { kind: 'pronoun', gender: aux[1] === 'il' ? 'm' : 'f', at: ws[a]!.start };
    return npAfter(ws, a + 2, b);
  }
  // “…” and said …: the sentence goes on with its own subject, found before the quote.
  if (ws[a]!.lower === 'and' || ws[a]!.lower === 'but') return null;
  for (let v = a; v < b && v < a + 16; v++) {
    if (!isSpeech(ws, v)) continue;
    // “…”, telling parliament …: a participle after the quote goes on with the sentence's own subject,
    // and what follows it is the audience, not the speaker.
    if (v === a && ws[v]!.lower.endsWith('ing')) return null;
    // “…”, before adding …: so does a participle after before, after or while.
    if (v === a + 1 && ws[v]!.lower.endsWith('ing') && SUBORDINATORS.has(ws[a]!.lower)) return null;
    if (v === a) {
      const particle = NEEDS_PARTICLE[ws[v]!.lower] ? 1 : 0;
      const found = npAfter(ws, v + 1 + particle, b);
      const np = found && found.kind === 'pronoun' && REPLY_VERBS.has(ws[v]!.lower) ? { ...found, reply: true } : found;
      // “…,” said the party’s treasurer, who asked not to be named: a role with no name.
      return np && np.kind === 'title' && anonymous(ws, v, b) ? { kind: 'none' } : np;
    }
    // “…” to the proposal but accused Israel of …: a coordinated verb shares the sentence's own subject,
    // found before the quote.
    if (ws[v - 1]?.lower === 'and' || ws[v - 1]?.lower === 'but') return null;
    const found = npBefore(ws, v - 1, a);
    const np = found && found.kind === 'pronoun' && REPLY_VERBS.has(ws[v]!.lower) ? { ...found, reply: true } : found;
    // The subject must start the clause: “…,” Starmer said — not “…,” which critics said.
    if (np && np.kind === 'name' && np.start !== a && !(ws[a]!.lower === 'the' || TITLE_WORDS.has(ws[a]!.lower) || roleWords(ws, a, np.start) || roleAppositive(ws, a, np.start))) return null;
    // “…”, a claim Labour called “…”: a noun for the words heads a clause about the quote, whose subject
    // is not its speaker; the attribution is before the quote.
    if (np && np.kind === 'name' && (ws[a]!.lower === 'a' || ws[a]!.lower === 'an') && QUOTE_NOUNS.has(ws[a + 1]?.lower ?? '')) return null;
    // “…,” a senior Conservative MP told Reuters: an indefinite source, whatever capitalized words describe it.
    if (np && np.kind === 'name' && np.start !== a && UNNAMED_DETERMINERS.has(ws[a]!.lower) && !roleAppositive(ws, a, np.start)) return { kind: 'none' };
    // “…,” a government spokesperson said: attributed, to no one named (not to the last speaker).
    return np && np.kind === 'title' && anonymous(ws, v, b) ? { kind: 'none' } : np;
  }
  return null;
}

/** Attribution in the sentence before the opening mark: Starmer said: “…” / according to X, “…”. */
function before(ws: Word[], piece: Piece, floor: number): NP | null {
  const b = wordAt(ws, piece.open);
  let a = b;
  while (a > 0 && ws[a - 1]!.start >= floor && !TERMINAL.has(ws[a - 1]!.text) && a > b - 40) a--;
  if (a >= b) return null;
  // The sentence start, past earlier quotes in the same sentence, for coordinated verbs.
  let sa = a;
  while (sa > 0 && !TERMINAL.has(ws[sa - 1]!.text) && sa > b - 60) sa--;
  for (let v = b - 1; v >= a; v--) {
    if (ws[v]!.lower === 'according' && ws[v + 1]?.lower === 'to') return npAfter(ws, v + 2, b);
    if (!isSpeech(ws, v)) continue;
    // "Lindgren called the letter … and said …": a coordinated verb shares the sentence subject.
    const conj = ws[v - 1]?.lower === 'and' || ws[v - 1]?.lower === 'but';
    // "Sunak rejected calls for an election, saying voters wanted “…”": a participle after a comma
    // shares the sentence subject (read first, so a dateline dash is not taken for an appositive).
    const participle = ws[v]!.lower.endsWith('ing') && (ws[v - 1]?.text === ',' || (SUBORDINATORS.has(ws[v - 1]?.lower ?? '') && ws[v - 2]?.text === ','));
    let np = conj ? subject(ws, sa, v) : participle ? subject(ws, sa, v) ?? npBefore(ws, v - 1, a) : npBefore(ws, v - 1, a);
    // "One Labour MP, who asked not to be named, told the BBC: “…”": an indefinite source, whatever
    // capitalized words describe it.
    if (np && np.kind === 'name' && UNNAMED_DETERMINERS.has(ws[np.start - 1]?.lower ?? '')) return { kind: 'none' };
    if (np && np.kind !== 'none') return np;
    const particle = NEEDS_PARTICLE[ws[v]!.lower] ? 1 : 0;
    // "said Starmer: “…”" — only when the name is followed by a comma or colon right before the quote;
    // in "said Hale “should …”" Hale is the subject of the quoted words, not the speaker.
    const fwd = b - v <= 7 && (ws[b - 1]?.text === ',' || ws[b - 1]?.text === ':') ? npAfter(ws, v + 1 + particle, b) : null;
    if (fwd && fwd.kind !== 'none') return fwd;
    if (np) return np;
  }
  // "Starmer: “…”", "Opposition leader Hiroshi Mori was unconvinced: “…”" (the sentence subject).
  if (ws[b - 1]?.text === ':') {
    const np = npBefore(ws, b - 2, a, false);
    if (np && np.kind === 'name') return np;
    // "Asked about his seat, Mr Carver was cautious: “…”": the subject of the main clause, past a
    // leading participle phrase.
    let comma = a;
    if (ws[a]?.word && /(?:ed|ing)$/.test(ws[a]!.lower)) while (comma < b - 1 && ws[comma]!.text !== ',') comma++;
    const main = comma > a && comma < b - 1 ? subject(ws, comma + 1, b - 1) : null;
    const subj = main ?? subject(ws, a, b - 1);
    if (subj && subj.kind === 'name') return subj;
  }
  return null;
}

/**
 * The attribution of one quote piece, or null when the words around it name no speaker.
 * `floor` is where the previous quote in the paragraph closed (its words are not this one's context).
 */
export function attribution(ws: Word[], piece: Piece, floor: number): NP | null {
  const np = after(ws, piece);
  // X stressed the need for “…”, according to the Saudi Press Agency: "according to the" names the
  // outlet or document that reported the words; the speaker is the subject of the verb before the quote.
  if (np && np.kind !== 'pronoun' && reportedByOutlet(ws, piece, np.kind === 'name')) {
    const b = before(ws, piece, floor);
    if (b && b.kind !== 'none') return b;
  }
  return np ?? before(ws, piece, floor);
}

/** Documents that carry someone's words: "according to a news release from her office". */
const DOCUMENTS = new Set(['release', 'statement', 'report', 'readout', 'transcript', 'post', 'filing', 'letter', 'memo', 'email', 'recording', 'video', 'summary', 'copy', 'agency', 'outlet']);

/**
 * "according to the" and a name (an outlet: "the Saudi Press Agency"), or "according to a/the" and a
 * document ("a news release", "the statement"), follows the closing mark (past a comma or dash).
 */
function reportedByOutlet(ws: Word[], piece: Piece, named: boolean): boolean {
  const c = wordAt(ws, piece.close + 1);
  let a = c;
  while (a < ws.length && a < c + 2 && (ws[a]!.text === ',' || ws[a]!.text === '—' || ws[a]!.text === '–')) a++;
  if (ws[a]?.lower !== 'according' || ws[a + 1]?.lower !== 'to') return false;
  const det = ws[a + 2]?.lower ?? '';
  if (det === 'the' && named) return true;
  if (det !== 'the' && det !== 'a' && det !== 'an') return false;
  for (let k = a + 3; k < ws.length && k < a + 7 && ws[k]!.word; k++) if (DOCUMENTS.has(ws[k]!.lower)) return true;
  return false;
}
