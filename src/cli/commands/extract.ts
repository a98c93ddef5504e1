/**
 * `lede extract FILE.html [--url URL]` prints the article (or null); `lede extract --batch LIST.jsonl`
 * extracts every page of a list in one process, one JSON line per input line, with timings. A bad line
 * or page in a batch gives an error line and the batch goes on.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { extractArticle } from '../../core/extract/index.ts';
import type { Article } from '../../core/types.ts';
import { InputError } from '../errors.ts';
import { readPage } from '../read-page.ts';

const USAGE = 'usage: lede extract FILE.html [--url URL]  |  lede extract --batch LIST.jsonl';

interface Fields {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  language: string | null;
  paragraphs: string[];
}

function fields(a: Article): Fields {
  return { title: a.title, byline: a.byline, published: a.published, site: a.site, language: a.language, paragraphs: a.paragraphs };
}

const EMPTY: Fields = { title: null, byline: null, published: null, site: null, language: null, paragraphs: [] };

export async function run(args: string[], out: (line: string) => void): Promise<void> {
  let file: string | undefined;
  let batch: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') {
      url = args[++i];
      if (url === undefined) throw new InputError(`--url needs a value; ${USAGE}`);
    } else if (a === '--batch') {
      batch = args[++i];
      if (batch === undefined) throw new InputError(`--batch needs a LIST.jsonl; ${USAGE}`);
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${a}; ${USAGE}`);
    else if (file === undefined) file = a;
    else throw new InputError(`one FILE only; ${USAGE}`);
  }
  if (batch !== undefined) {
    if (file !== undefined) throw new InputError(`give either FILE or --batch, not both; ${USAGE}`);
    return runBatch(batch, out);
  }
  if (file === undefined) throw new InputError(USAGE);
  const { doc } = await readPage(file);
  const found = extractArticle(doc, url ? { url } : {});
  out(JSON.stringify(found ? fields(found.article) : null));
}

async function runBatch(list: string, out: (line: string) => void): Promise<void> {
  let text: string;
  try {
    text = readFileSync(list === '-' ? 0 : list, 'utf8');
  } catch {
    throw new InputError(`cannot read ${list}: no such file`);
  }
  const base = list === '-' ? process.cwd() : dirname(resolve(list));
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    let id: unknown = null;
    try {
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch {
        throw new InputError(`line ${n + 1} is not JSON`);
      }
      if (!item || typeof item !== 'object' || Array.isArray(item)) throw new InputError(`line ${n + 1} is not a JSON object`);
      const rec = item as Record<string, unknown>;
      id = rec.id ?? null;
      if (typeof rec.html !== 'string' || !rec.html) throw new InputError(`line ${n + 1} has no "html" file path`);
      const path = isAbsolute(rec.html) ? rec.html : resolve(base, rec.html);
      const { doc, parseMs } = await readPage(path);
      const t0 = performance.now();
      const found = extractArticle(doc, typeof rec.url === 'string' ? { url: rec.url } : {});
      const extractMs = performance.now() - t0;
      const f = found ? fields(found.article) : EMPTY;
      out(JSON.stringify({ id, ...f, timings: { parseMs: round(parseMs), extractMs: round(extractMs) } }));
    } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      out(JSON.stringify({ id, error: msg }));
    }
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
