/**
 * Runs the trained tagger: over given tokens (as `lede eval ner` does with gold tokens), or over raw
 * paragraphs (sentence split + tokenize first). One call = one document, so document features see
 * every paragraph of the article.
 */
import { splitSentences } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { contextFeatures } from './context-features.ts';
import { isAllLowercase, restoreCase } from './truecase.ts';
import { extractFeatures, type DocFeatures } from './features.ts';
import { chunksFromLabels, LABEL_COUNT, TYPES, type NerType } from './labels.ts';
import type { NerModel, NerStage } from './model.ts';
import { emissionsQuantized, labelConfidence, viterbi } from './viterbi.ts';

/** Label ids (see labels.ts) for each sentence of one document. */
export function tagSentences(input: readonly (readonly string[])[], model: NerModel): Uint8Array[] {
  const sentences = input.map((s) => (isAllLowercase(s) ? restoreCase(s, model.resources) : s));
  const base = extractFeatures(sentences, model.resources);
  let pass = decodeStage(sentences, base, model.stages[0]!);
  for (let k = 1; k < model.stages.length; k++) {
    const last = k === model.stages.length - 1;
    pass = decodeStage(sentences, contextFeatures(sentences, base, pass.labels, model.resources.bits, last, pass.confidence), model.stages[k]!);
  }
  return pass.labels;
}

function decodeStage(sentences: readonly (readonly string[])[], feats: DocFeatures, stage: NerStage): { labels: Uint8Array[]; confidence: Uint8Array[] } {
  let em = new Float32Array(64 * LABEL_COUNT);
  const labels: Uint8Array[] = [];
  const confidence: Uint8Array[] = [];
  sentences.forEach((s, i) => {
    const n = s.length;
    if (em.length < n * LABEL_COUNT) em = new Float32Array(n * LABEL_COUNT * 2);
    const out = new Uint8Array(n);
    emissionsQuantized(feats[i]!, n, stage.index, stage.weights, stage.scales, em);
    viterbi(em, n, stage.transitions, stage.endScores, out);
    labels.push(out);
    confidence.push(labelConfidence(em, n, out));
  });
  return { labels, confidence };
}

/** A name found in raw text, before linking: token-level span within one paragraph. */
export interface RawMention {
  paragraph: number;
  /** Tokens of the sentence the mention is in. */
  tokens: Token[];
  /** Token range [first, last) in `tokens`. */
  first: number;
  last: number;
  type: NerType;
}

const MAX_SENTENCE = 200;

/** Tokenizes paragraphs into sentences (long ones cut at MAX_SENTENCE tokens to bound Viterbi). */
export function sentenceTokens(paragraphs: readonly string[]): { paragraph: number; tokens: Token[] }[] {
  const out: { paragraph: number; tokens: Token[] }[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (typeof text !== 'string') return;
    for (const r of splitSentences(text)) {
      const toks = tokenize(text.slice(r.start, r.end));
      for (const t of toks) {
        t.start += r.start;
        t.end += r.start;
      }
      for (let k = 0; k < toks.length; k += MAX_SENTENCE) out.push({ paragraph, tokens: toks.slice(k, k + MAX_SENTENCE) });
    }
  });
  return out;
}

/** Tags raw paragraphs of one article and returns every name the tagger marks. */
export function tagParagraphs(paragraphs: readonly string[], model: NerModel): RawMention[] {
  const sents = sentenceTokens(paragraphs);
  const labels = tagSentences(
    sents.map((s) => s.tokens.map((t) => t.text)),
    model,
  );
  const out: RawMention[] = [];
  sents.forEach((s, i) => {
    for (const c of chunksFromLabels(labels[i]!)) {
      out.push({ paragraph: s.paragraph, tokens: s.tokens, first: c.start, last: c.end, type: c.type as NerType });
    }
  });
  return out;
}

export { TYPES };
