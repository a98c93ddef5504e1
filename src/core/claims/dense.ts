/**
 * The claim model's dense head: a one-hidden-layer tanh network over the pooled word vectors of a span
 * (lexicon.ts), whose output is added to the hashed linear margin. The input standardization and the
 * stacking weight are folded into the weights at training time, so inference is two small matrix passes.
 */
import { poolVectors, type WordLexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface DenseHead {
  inDim: number;
  hidden: number;
  /** hidden × inDim, row-major. */
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: number;
}

/** The head's output (a logit contribution) for an input vector. */
export function denseForward(head: DenseHead, x: Float32Array): number {
  let out = head.b2;
  for (let j = 0; j < head.hidden; j++) {
    let s = head.b1[j]!;
    const o = j * head.inDim;
    for (let i = 0; i < head.inDim; i++) s += head.w1[o + i]! * x[i]!;
    out += head.w2[j]! * Math.tanh(s);
  }
  return out;
}

/** The head's output for a span's tokens. */
export function denseMargin(head: DenseHead, lex: WordLexicon, tokens: readonly Token[]): number {
  return denseForward(head, poolVectors(lex, tokens));
}
