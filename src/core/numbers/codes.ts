/**
 * Digits that are identifiers rather than values: phone numbers ("0800 555 111", "1-800-555-0199",
 * "text 61016"), case and reference numbers ("2:24-cr-00117", "4471-2290-118") and street addresses
 * ("the 1400 block of Elm Street"). OntoNotes leaves all of these untagged.
 */
import type { NumToken } from './tokens.ts';
import { lowerAt } from './parse.ts';

const DIAL = new Set(['call', 'calls', 'calling', 'called', 'text', 'texting', 'dial', 'dialled', 'dialed', 'dialling', 'dialing', 'phone', 'ring', 'fax', 'sms', 'whatsapp']);
const MAX_RUN = 12;

/** Digit-touching hyphens inside the unbroken (no whitespace) run of letters, digits, ':' and '-' around token i. */
function inRun(x: NumToken | undefined): boolean {
  return !!x && (x.type !== 'p' || x.text === '-' || x.text === ':');
}

function hyphensInRun(t: NumToken[], i: number): number {
  let a = i;
  while (a > 0 && i - a < MAX_RUN && t[a]!.glued && inRun(t[a - 1])) a--;
  let b = i;
  while (b + 1 < t.length && b - i < MAX_RUN && t[b + 1]!.glued && inRun(t[b + 1])) b++;
  // Only hyphens touching digits: "45-year-old" has one, "2:24-cr-00117" two.
  let n = 0;
  for (let k = a + 1; k < b; k++) if (t[k]!.text === '-' && (t[k - 1]!.type === 'd' || t[k + 1]!.type === 'd')) n++;
  return n;
}

/** Space-separated groups of digits around token i ("0800 555 111"), and whether one has a leading zero. */
function plain(x: NumToken | undefined): boolean {
  return !!x && x.type === 'd' && /^\d+$/.test(x.text);
}

function digitGroups(t: NumToken[], i: number): { groups: number; zero: boolean } {
  if (!plain(t[i])) return { groups: 1, zero: false };
  let a = i;
  while (a > 0 && i - a < MAX_RUN && !t[a]!.glued && plain(t[a - 1])) a--;
  let b = i;
  while (b + 1 < t.length && b - i < MAX_RUN && !t[b + 1]!.glued && plain(t[b + 1])) b++;
  let zero = false;
  for (let k = a; k <= b; k++) if (t[k]!.text.length > 1 && t[k]!.text[0] === '0') zero = true;
  return { groups: b - a + 1, zero };
}

function joined(x: NumToken | undefined): boolean {
  return !!x && (x.text === '-' || x.text === ':');
}

/** True when the digits at i are a phone number, a reference code or a street address. */
export function digitsInCode(t: NumToken[], i: number): boolean {
  const tok = t[i]!;
  const prev = t[i - 1];
  const next = t[i + 1];
  if (((tok.glued && joined(prev)) || (next?.glued && joined(next))) && hyphensInRun(t, i) >= 2) return true;
  if ((prev?.type === 'd' && !tok.glued) || (next?.type === 'd' && !next.glued)) {
    const g = digitGroups(t, i);
    if (g.groups >= 3 || (g.groups >= 2 && g.zero)) return true;
  }
  if (DIAL.has(lowerAt(t, i - 1)) && /^\d{3,}$/.test(tok.text)) return true;
  if (lowerAt(t, i + 1) === 'block' && lowerAt(t, i + 2) === 'of') return true;
  return false;
}
