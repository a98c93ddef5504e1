/**
 * The tagger's label set (BIOES over PER/ORG/LOC/MISC) and conversions between tag schemes and chunks.
 * BIOES lets the decoder see where a name ends, which IOB1/IOB2 hide; the CoNLL files arrive in IOB1.
 */

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];

/** Label 0 is O; then for type t (index in TYPES): 1+4t = B, 2+4t = I, 3+4t = E, 4+4t = S. */
export const LABEL_COUNT = 1 + 4 * TYPES.length;
export const B = 0;
export const I = 1;
export const E = 2;
export const S = 3;

export function labelOf(type: number, part: number): number {
  return 1 + 4 * type + part;
}
export function typeOfLabel(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
export function partOfLabel(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

export function labelName(label: number): string {
  if (label === 0) return 'O';
  return `${'BIES'[partOfLabel(label)]}-${TYPES[typeOfLabel(label)]}`;
}

/** A chunk over token indices [start, end) of one sentence. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/**
 * Chunks of a tag sequence in any of IOB1, IOB2, BIOES or BILOU, with conlleval's rules for where a
 * chunk starts and ends (so that scoring matches conlleval.pl exactly).
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let prevTag = 'O';
  let prevType = '';
  let open = -1;
  let openType = '';
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? splitTag(tags[i]!) : ['O', ''];
    if (open >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
      chunks.push({ start: open, end: i, type: openType });
      open = -1;
    }
    if (startOfChunk(prevTag, tag, prevType, type)) {
      open = i;
      openType = type;
    }
    prevTag = tag;
    prevType = type;
  }
  return chunks;
}

/** "B-PER" → ["B", "PER"]; BILOU's L/U read as E/S; anything unknown is O. */
export function splitTag(raw: string): [string, string] {
  const m = /^([BIOESLU])(?:[-_](.+))?$/.exec(raw.trim());
  if (!m || m[1] === 'O' || !m[2]) return ['O', ''];
  const tag = m[1] === 'L' ? 'E' : m[1] === 'U' ? 'S' : m[1]!;
  return [tag, m[2]];
}

function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === 'E' || prevTag === 'S') return true;
  if ((prevTag === 'B' || prevTag === 'I') && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  return prevTag !== 'O' && prevType !== type;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === 'B' || tag === 'S') return true;
  if ((tag === 'E' || tag === 'I') && (prevTag === 'E' || prevTag === 'S' || prevTag === 'O')) return true;
  return tag !== 'O' && prevType !== type;
}

/** BIOES label ids for chunks over `length` tokens; types outside TYPES become O. */
export function labelsFromChunks(chunks: readonly Chunk[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (const c of chunks) {
    const t = (TYPES as readonly string[]).indexOf(c.type);
    if (t < 0) continue;
    if (c.end - c.start === 1) out[c.start] = labelOf(t, S);
    else {
      out[c.start] = labelOf(t, B);
      for (let k = c.start + 1; k < c.end - 1; k++) out[k] = labelOf(t, I);
      out[c.end - 1] = labelOf(t, E);
    }
  }
  return out;
}

/** Chunks of a BIOES label-id sequence (works on ids directly: it runs on every decoded sentence). */
export function chunksFromLabels(labels: ArrayLike<number>): Chunk[] {
  const out: Chunk[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === 0) {
      if (open >= 0) out.push({ start: open, end: i, type: TYPES[openType]! });
      open = -1;
      continue;
    }
    const t = (l - 1) >> 2;
    const p = (l - 1) & 3;
    if (p === B || p === S || open < 0 || t !== openType) {
      if (open >= 0) out.push({ start: open, end: i, type: TYPES[openType]! });
      open = i;
      openType = t;
    }
    if (p === E || p === S) {
      out.push({ start: open, end: i + 1, type: TYPES[t]! });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: labels.length, type: TYPES[openType]! });
  return out;
}

/** IOB2 tags for label ids, the format `lede eval ner --output` writes. */
export function iob2Tags(labels: ArrayLike<number>, length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const c of chunksFromLabels(labels)) {
    for (let k = c.start; k < c.end; k++) tags[k] = `${k === c.start ? 'B' : 'I'}-${c.type}`;
  }
  return tags;
}
