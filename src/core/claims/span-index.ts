/**
 * Overlap look-ups over the spans of one paragraph (entity mentions, numbers, quotes), so that scoring a
 * paragraph of many sentences against many context spans stays near linear instead of sentences × spans.
 */

interface Ranged {
  start: number;
  end: number;
}

/** Spans sorted by start, with the longest length, for "which spans overlap [start, end)" queries. */
export interface SpanIndex<T extends Ranged> {
  /** The spans overlapping [start, end), in order of start. */
  overlapping(start: number, end: number): T[];
}

export function indexSpans<T extends Ranged>(spans: readonly T[]): SpanIndex<T> {
  const sorted = spans.filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end)).sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const s of sorted) longest = Math.max(longest, s.end - s.start);
  return {
    overlapping(start: number, end: number): T[] {
      const out: T[] = [];
      // Any span overlapping [start, end) starts after start - longest.
      for (let i = firstAtOrAfter(sorted, start - longest); i < sorted.length && sorted[i]!.start < end; i++) {
        if (sorted[i]!.end > start) out.push(sorted[i]!);
      }
      return out;
    },
  };
}

function firstAtOrAfter(sorted: readonly Ranged[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
