/**
 * Reads an HTML page from a file or stdin into a linkedom Document, decoding its bytes the way a browser
 * would (BOM, then <meta charset> / http-equiv, else UTF-8). Unusable input is an InputError with one
 * clear line, never garbage text.
 */
import { parseHTML } from 'linkedom';
import { InputError } from './errors.ts';
import { gunzipSync } from 'node:zlib';
import { MAX_INPUT_BYTES, readBytes } from './read-input.ts';

/** Browsers look for the charset declaration in the first 1024 bytes; some pages put it a little later. */
const PRESCAN_BYTES = 4096;

/** The encoding label the bytes declare, or null (BOM first, then <meta>). */
export function sniffEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    // A page served as UTF-16 but declaring it in <meta> is really ASCII-compatible: browsers use UTF-8.
    return new TextDecoder(/^utf-?16/.test(label) ? 'utf-8' : label, { fatal: true });
  } catch {
    return null;
  }
}

/** Text of the page's bytes; throws InputError for binary junk or bytes that are not in the encoding. */
export function decodePage(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name} is empty`);
  const bom = sniffEncoding(bytes.subarray(0, 3));
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    try {
      return new TextDecoder(bom, { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`${name} is not valid ${bom.toUpperCase()} text`);
    }
  }
  if (looksBinary(bytes)) throw new InputError(`${name} looks binary (NUL or control bytes), not an HTML page`);
  const label = bom ?? sniffEncoding(bytes) ?? 'utf-8';
  const decoder = decoderFor(label) ?? new TextDecoder('utf-8', { fatal: true });
  try {
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? fixCp1252(text) : text;
  } catch {
    throw new InputError(`${name} is not valid ${decoder.encoding === 'utf-8' ? 'UTF-8' : decoder.encoding} text`);
  }
}

// windows-1252 bytes 0x80-0x9F (curly quotes, dashes, €). Some Node versions decode the label as plain
// latin1 and leave C1 control characters instead (nodejs/node#56542), so they are mapped here.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);
}

/** Saved pages often come gzipped (`page.html.gz`, benchmark corpora); their bytes are unpacked first. */
function gunzipIfCompressed(bytes: Uint8Array, name: string): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES }));
  } catch {
    throw new InputError(`${name} looks gzipped but cannot be unpacked (or unpacks beyond ${MAX_INPUT_BYTES / 1e6} MB)`);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.05;
}

/** The page at `path` ('-' = stdin) as a Document, and how long parsing took. */
export async function readPage(path: string): Promise<{ doc: Document; parseMs: number }> {
  const name = path === '-' ? 'stdin' : path;
  const text = decodePage(gunzipIfCompressed(readBytes(path), name), name);
  if (text.trim() === '') throw new InputError(`${name} is empty`);
  const t0 = performance.now();
  let doc: Document;
  try {
    doc = parseHTML(text).document as unknown as Document;
  } catch {
    throw new InputError(`${name} could not be parsed as HTML`);
  }
  return { doc, parseMs: performance.now() - t0 };
}
