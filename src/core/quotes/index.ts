/**
 * Quotes layer: direct quotes and who said them. A quote is the words inside quote marks (curly,
 * straight, guillemets, single curly), one Quote per paragraph piece when a quote runs over several
 * paragraphs. The speaker is the canonical name of the entity the attribution refers to: a name next to a
 * speech verb, a pronoun or a definite title ("the prime minister said") resolved against the people of
 * the article, or the speaker of the quote just before when a quote paragraph stands alone.
 *
 * Scare quotes are left out: one to three quoted words with no speech verb around them
 * (a stable “strategic partnership”) mark a phrase, not a statement anyone made.
 */
import type { Entity, Quote } from '../types.ts';
import { splitSentences } from '../text/sentences.ts';
import { findPieces, type Piece } from './marks.ts';
import { attribution, type NP } from './speaker.ts';
import { Cast } from './cast.ts';
import { resolveSpeaker, countPronouns } from './resolve.ts';
import { words, type Word } from './words.ts';

interface Para {
  text: string;
  ws: Word[];
  pieces: Piece[];
  sentences: { start: number; end: number }[];
}

const SHORT = 3;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every direct quote in the paragraphs, in reading order. Never throws. */
export function findQuotes(paragraphs: string[], entities: Entity[]): Quote[] {
  try {
    return find(Array.isArray(paragraphs) ? paragraphs : [], Array.isArray(entities) ? entities : []);
  } catch {
    return [];
  }
}

function find(paragraphs: string[], entities: Entity[]): Quote[] {
  const cast = new Cast(entities);
  const paras: Para[] = paragraphs.map((p) => {
    const text = typeof p === 'string' ? p : '';
    const ws = words(text);
    return { text, ws, pieces: findPieces(text), sentences: splitSentences(text) };
  });
  paras.forEach((p, i) => cast.learn(p.text, i, p.ws));
  cast.finish();
  const carry = { lone: null };
  paras.forEach((p, i) => countPronouns(cast, i, p.text, p.ws, p.sentences, carry, p.pieces));
  cast.finish();

  const out: Quote[] = [];
  let chainSpeaker: string | null | undefined;
  let last: { speaker: string; paragraph: number; question: boolean } | null = null;
  for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi]!;
    let floor = 0;
    let prevInPara: { speaker: string | null; close: number; kept: boolean; terminal: boolean } | null = null;
    for (let k = 0; k < para.pieces.length; k++) {
      const piece = para.pieces[k]!;
      // said on CNN’s “State of the Union” that …: the title of a show, book or film is no quote, and the
      // sentence's attribution reaches past it to the quote that follows.
      if (namesWork(para.text, piece)) continue;
      const continues = k === 0 && chainSpeaker !== undefined && piece.open <= 2;
      const np: NP | null = attribution(para.ws, piece, floor);
      let speaker: string | null = null;
      // he said the plans would “wreck” finances and “take us back”: a second piece in the same clause.
      const coordinated = !np && prevInPara !== null && prevInPara.kept && coordinatedWith(para.text, prevInPara.close, piece.open);
      // She wrote that the decision “turns the act on its head” and would leave voters “with less power”:
      // a later piece of the same sentence, after a second verb of the same subject, is the same speaker's.
      const sameClause = !np && prevInPara !== null && prevInPara.kept && !prevInPara.terminal && prevInPara.speaker !== null
        && secondVerb(para.text, prevInPara.close, piece.open);
      if (np) {
        // “No,” he replied: after a question, a reply verb's pronoun is the one who was asked.
        speaker = resolveSpeaker(cast, np, pi, piece, paras, last && last.question && pi - last.paragraph <= 1 ? last.speaker : null);
      } else if (continues) {
        speaker = chainSpeaker ?? null;
      } else if (prevInPara && prevInPara.speaker && (coordinated || sameClause || opensSentence(para.text, piece.open))) {
        // “A,” he said. “B.” — the second piece keeps the speaker of the first.
        speaker = prevInPara.speaker;
      } else if (k === 0 && !standsAlone(para, piece) && opensSentence(para.text, piece.open) && introduces(cast, para, pi, piece.open)) {
        // Sen. John Fetterman did not mince words. “This is a disaster.”: the sentence before the quote opens on its speaker.
        speaker = introduces(cast, para, pi, piece.open);
      } else if (standsAlone(para, piece) && pi > 0 && (!last || last.paragraph < pi - 1) && introduces(cast, paras[pi - 1]!, pi - 1)) {
        // Mayor Brian Jones disagreed. / “We cannot afford it.”: a paragraph with no quote that opens on a
        // person introduces the speaker of the quote paragraph after it.
        speaker = introduces(cast, paras[pi - 1]!, pi - 1);
      } else if (last && pi - last.paragraph <= 2 && standsAlone(para, piece)) {
        speaker = last.speaker;
      }
      floor = piece.close + 1;
      const text = para.text.slice(piece.start, piece.end);
      // Scare quotes: a short phrase inside a sentence counts only when a speech verb beside it names a
      // speaker; a short quote that is a whole sentence (“We’ll see.”) is a quote.
      // “It’s a disgrace,” said one aide: a short quote that opens its sentence and is attributed, even to
      // an unnamed source, is speech too; so is a short partial quote an unnamed source said ("a senior
      // official said the parties would “find each other”").
      const sentence = opensSentence(para.text, piece.open) && (piece.terminal || (np !== null && piece.closed));
      // “The ministry said it ‘strongly condemns’ …”: a partial quote in reported speech is a quote even when
      // its speaker is only a title or an institution; one after "so-called" is the writer's scare quote.
      const scare = /\bso[- ]called\s*$/i.test(para.text.slice(Math.max(0, piece.open - 12), piece.open)) || (!np && namesThing(para.text, piece, text));
      // A short one counts only when it ends the sentence (“IMMEDIATELY!”); mid-sentence it may be a label
      // (signed a “strategic partnership” with the firm).
      // "told lawmakers that the Fed had been “…” and that rates would fall “meaningfully” next year": a
      // second "that" clause of the same verb is reported speech too, so its short quote is the speaker's.
      const endsClause = sameClause && (piece.terminal || /^\s*[.!?…]/.test(para.text.slice(piece.close + 1, piece.close + 4))
        || /^\s*,?\s*(?:and|but)\s+that\s/.test(para.text.slice(prevInPara!.close + 1, piece.open)));
      if (scare || (!sentence && !coordinated && !endsClause && wordCount(text) <= SHORT && (!np || !piece.closed || (!speaker && !piece.terminal && np.kind === 'pronoun')))) {
        prevInPara = { speaker: null, close: piece.close, kept: false, terminal: piece.terminal };
        continue;
      }
      // A continued quote takes the speaker found at its end back to its earlier pieces.
      if (continues && speaker && chainSpeaker === null) backfill(out, speaker);
      out.push({ text, paragraph: pi, start: piece.start, end: piece.end, speaker });
      prevInPara = { speaker, close: piece.close, kept: true, terminal: piece.terminal };
      if (speaker) last = { speaker, paragraph: pi, question: /\?\s*$/.test(text) };
      chainSpeaker = !piece.closed && k === para.pieces.length - 1 ? speaker : undefined;
    }
    if (para.pieces.length === 0) chainSpeaker = undefined;
  }
  return out;
}

const FUNCTION_WORDS = new Set(['of', 'to', 'in', 'on', 'for', 'with', 'at', 'from', 'by', 'and', 'or', 'as', 'that', 'which', 'than']);
const LABEL_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|own|this|that|these|those)\s*$/i;

/**
 * Its own “libraries of the future” plan: a short unattributed quote between a determiner and a
 * lower-case noun is the name of a thing, not words anyone said.
 */
function namesThing(text: string, piece: Piece, quoted: string): boolean {
  if (!piece.closed || piece.terminal || wordCount(quoted) > 6) return false;
  // "backed the “overall direction” of the law": a preposition after it makes the quote the head noun phrase.
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(piece.close + 1, piece.close + 16));
  return LABEL_BEFORE.test(text.slice(Math.max(0, piece.open - 8), piece.open)) && !!next && !FUNCTION_WORDS.has(next[1]!);
}

const SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'or', 'vs']);

/** Two to eight words in title case, inside a sentence: the name of a work, not words anyone said. */
function namesWork(text: string, piece: Piece): boolean {
  if (!piece.closed || piece.end - piece.start > 80 || opensSentence(text, piece.open)) return false;
  const inner = text.slice(piece.start, piece.end).replace(/[,.]$/, '');
  if (/[!?;:.]/.test(inner) || inner === inner.toUpperCase()) return false;
  const ws = inner.split(/\s+/).filter(Boolean);
  return ws.length >= 2 && ws.length <= 8 && ws.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

/** A few words ending in a conjunction, no sentence end, stand between two quoted pieces. */
function coordinatedWith(text: string, prevClose: number, open: number): boolean {
  const between = text.slice(prevClose + 1, open);
  if (/[.!?…;:]/.test(between)) return false;
  const words = between.trim().split(/\s+/).filter(Boolean);
  const t = between.trim();
  // The conjunction must lead straight into the quote: “very productive” and signed a “partnership” is a
  // new verb phrase whose quote is a scare quote.
  // "said there was “…” among diplomats but that “…”": a second "that" clause of the same verb.
  return words.length <= 6 && (/\b(?:and|or|but|nor)(?:\s+that)?$/i.test(t) || (/,$/.test(t) && words.length <= 2));
}

/** "… and pass a clean extension “…”": the sentence goes on with and/but and a verb phrase, no sentence end between. */
function secondVerb(text: string, prevClose: number, open: number): boolean {
  const between = text.slice(prevClose + 1, open);
  if (between.length > 200 || /[.!?…;:]/.test(between)) return false;
  return /^\s*,?\s*(?:and|but)\s+\p{Ll}/u.test(between);
}

/** Only spaces and a sentence end (or the paragraph start) stand before the opening mark. */
function opensSentence(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < 0 || /[.!?…:]/.test(text[i]!);
}

/** The quote is the paragraph, or opens it: nothing around it to name another speaker. */
function standsAlone(para: Para, piece: Piece): boolean {
  const before = para.text.slice(0, piece.open).trim();
  return before.length === 0;
}

/**
 * The person a paragraph opens on ("Mayor Brian Jones disagreed …"), as a speaker name: for a paragraph
 * with no quote, or (with `before`) for the text before the paragraph's first quote.
 */
function introduces(cast: Cast, para: Para, paragraph: number, before = Infinity): string | null {
  if (before === Infinity && para.pieces.length > 0) return null;
  const m = cast.inParagraph(paragraph).find((x) => x.person.isPerson);
  if (!m || m.start > 60 || m.end > before || !/^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(para.text.slice(0, m.start))) return null;
  // The subject, not a possessive ("Smith’s plan was …").
  if (/^['’]s\b/.test(para.text.slice(m.end, m.end + 3))) return null;
  return cast.canonical(m.person);
}

/** Gives the speaker to the unattributed pieces of the chain just before (same quote, earlier paragraphs). */
function backfill(out: Quote[], speaker: string): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const q = out[i]!;
    if (q.speaker !== null) break;
    q.speaker = speaker;
    if (i > 0 && out[i - 1]!.paragraph !== q.paragraph - 1) break;
  }
}
