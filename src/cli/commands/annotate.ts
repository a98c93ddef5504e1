/** `lede annotate FILE [--url URL] [--text]`: prints one page's annotation as JSON (the contract). */
import { annotateArticle } from '../../core/annotate.ts';
import { extractArticle } from '../../core/extract/index.ts';
import type { Article } from '../../core/types.ts';
import { InputError } from '../errors.ts';
import { loadModels } from '../models.ts';
import { readPage } from '../read-page.ts';
import { decodeText, readBytes, textParagraphs } from '../read-input.ts';

const USAGE = 'usage: lede annotate FILE [--url URL] [--text]   (FILE "-" reads stdin)';

export async function run(args: string[], out: (line: string) => void): Promise<void> {
  let file: string | undefined;
  let url: string | null = null;
  let asText = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') url = args[++i] ?? null;
    else if (a === '--text') asText = true;
    else if (a.startsWith('--') ) throw new InputError(`unknown option ${a}; ${USAGE}`);
    else if (file === undefined) file = a;
    else throw new InputError(`one FILE only; ${USAGE}`);
  }
  if (file === undefined) throw new InputError(USAGE);
  if (url === null && args.includes('--url')) throw new InputError(`--url needs a value; ${USAGE}`);

  const isHtml = !asText && /\.html?$/i.test(file);
  let article: Article | null;
  if (isHtml) {
    const { doc } = await readPage(file);
    article = extractArticle(doc, url ? { url } : {})?.article ?? null;
  } else {
    const text = decodeText(readBytes(file), file === '-' ? 'stdin' : file);
    const paragraphs = textParagraphs(text);
    if (paragraphs.length === 0) throw new InputError(`${file === '-' ? 'stdin' : file} is empty`);
    article = { title: null, byline: null, published: null, site: null, language: null, paragraphs };
  }
  out(JSON.stringify(annotateArticle(article, loadModels(), url)));
}
