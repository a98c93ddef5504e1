/** Reads the CLI's plain-text input (a file or stdin) strictly: bad bytes are a clear error, not garbage. */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './errors.ts';

/** Inputs larger than this are refused rather than annotated for minutes. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function readBytes(path: string): Uint8Array {
  if (path === '-') return new Uint8Array(readFileSync(0));
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path} is a folder, not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`${path} is ${Math.round(size / 1e6)} MB; Lede reads inputs up to ${MAX_INPUT_BYTES / 1e6} MB`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    throw new InputError(`cannot read ${path}`);
  }
}

/** UTF-8 text with a byte-order mark tolerated; NUL bytes or invalid UTF-8 are refused. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name} looks binary (it holds NUL bytes), not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
}

/** One paragraph per non-empty line, each kept exactly as written (only the line break goes). */
export function textParagraphs(text: string): string[] {
  return text.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
}
