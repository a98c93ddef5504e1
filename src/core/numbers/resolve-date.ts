/**
 * Turns a matched date description into an ISO 8601 value against the article's published date:
 * "Saturday" → the Saturday on or before publication (or after it, when the sentence speaks of the
 * future), "last year" → "2025", "three years ago" → "2023", "the past two weeks" → "P2W".
 * Values that need a reference date and have none come back null.
 */
import type { DateSpec } from './candidate.ts';

interface Day { y: number; m: number; d: number }

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');
const iso = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;

/** The calendar day written in an ISO timestamp, in the timestamp's own offset. */
export function parsePublished(published: string | null | undefined): Day | null {
  if (typeof published !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= 31 ? day : null;
}

function shift(x: Day, days: number): Day {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(x: Day): number {
  return new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
}

function isoWeek(x: Day): string {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d));
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

const DURATION: Record<string, [number, string]> = {
  year: [1, 'Y'], month: [1, 'M'], week: [1, 'W'], day: [1, 'D'], decade: [10, 'Y'], century: [100, 'Y'],
  fortnight: [2, 'W'], quarter: [3, 'M'], weekend: [2, 'D'], millennium: [1000, 'Y'],
};

export function resolveDate(spec: DateSpec | undefined, pub: Day | null, future: boolean): string | null {
  if (!spec) return null;
  switch (spec.t) {
    case 'abs': {
      // A month without a year is the one nearest the publication date ("Nov. 29" in a January story).
      let y = spec.y;
      if (y === undefined && spec.m !== undefined && pub) {
        const day = spec.d ?? 15;
        const dist = (yy: number): number => Math.abs(Date.UTC(yy, spec.m! - 1, day) - Date.UTC(pub.y, pub.m - 1, pub.d));
        y = [pub.y - 1, pub.y, pub.y + 1].sort((a, b) => dist(a) - dist(b))[0]!;
      }
      if (y === undefined) return null;
      if (spec.m === undefined) return pad(y, 4);
      if (spec.m < 1 || spec.m > 12) return null;
      if (spec.d === undefined) return `${pad(y, 4)}-${pad(spec.m)}`;
      if (spec.d < 1 || spec.d > 31) return null;
      return iso({ y, m: spec.m, d: spec.d });
    }
    case 'weekday': {
      if (!pub) return null;
      const dow = weekday(pub);
      const dir = spec.dir === 0 ? (future ? 1 : -1) : spec.dir;
      if (dir < 0) {
        let back = (dow - spec.wd + 7) % 7;
        if (spec.dir === -1 && back === 0) back = 7;
        return iso(shift(pub, -back));
      }
      let fwd = (spec.wd - dow + 7) % 7;
      if (spec.dir === 1 && fwd === 0) fwd = 7;
      return iso(shift(pub, fwd));
    }
    case 'rel': {
      if (!pub) return null;
      const o = spec.offset;
      if (spec.unit === 'year') return pad(pub.y + o, 4);
      if (spec.unit === 'decade') return `${pad(Math.floor(pub.y / 10) + o, 3)}X`;
      if (spec.unit === 'month') {
        const mm = pub.m - 1 + o;
        return `${pad(pub.y + Math.floor(mm / 12), 4)}-${pad(((mm % 12) + 12) % 12 + 1)}`;
      }
      if (spec.unit === 'quarter') {
        const q = Math.floor((pub.m - 1) / 3) + o;
        return `${pad(pub.y + Math.floor(q / 4), 4)}-Q${((q % 4) + 4) % 4 + 1}`;
      }
      if (spec.unit === 'week') return isoWeek(shift(pub, 7 * o));
      return iso(shift(pub, o));
    }
    case 'ago': {
      if (!pub || !Number.isInteger(spec.n)) return null;
      const n = spec.n * spec.sign;
      if (spec.unit === 'year') return pad(pub.y + n, 4);
      if (spec.unit === 'decade') return pad(pub.y + 10 * n, 4);
      if (spec.unit === 'month') {
        const mm = pub.m - 1 + n;
        return `${pad(pub.y + Math.floor(mm / 12), 4)}-${pad(((mm % 12) + 12) % 12 + 1)}`;
      }
      if (spec.unit === 'week') return iso(shift(pub, 7 * n));
      if (spec.unit === 'day') return iso(shift(pub, n));
      return null;
    }
    case 'dur': {
      const u = DURATION[spec.unit];
      if (!u || spec.n === null || !Number.isFinite(spec.n)) return null;
      return `P${spec.n * u[0]}${u[1]}`;
    }
    case 'decade':
      return `${pad(Math.floor(spec.y / 10), 3)}X`;
    case 'century':
      return spec.c > 0 && spec.c < 100 ? `${pad(spec.c - 1)}XX` : null;
  }
  return null;
}
