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
import { LABEL_COUNT } from './labels.ts';
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

