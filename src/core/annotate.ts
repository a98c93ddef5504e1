/**
 * Runs every annotation layer over one article: entities first (quotes need speakers, claims use all
 * three as cues). Shared by the CLI and the background worker so both produce the same annotation.
 */
import type { Annotation, Article } from './types.ts';
import { findEntities, type NerModel } from './ner/index.ts';
import { findNumbers } from './numbers/index.ts';
import { findQuotes } from './quotes/index.ts';
import { findClaims, type ClaimModel } from './claims/index.ts';

export interface Models {
  ner: NerModel;
  claims: ClaimModel;
}

/** True when the article is (or may be) English; Lede's models read English only. */
export function isEnglish(article: Article): boolean {
  return !article.language || /^en\b/i.test(article.language);
}

export function annotateArticle(article: Article | null, models: Models, url: string | null = null): Annotation {
  const empty: Annotation = { url, article, entities: [], numbers: [], quotes: [], claims: [] };
  if (!article || article.paragraphs.length === 0 || !isEnglish(article)) return empty;
  const { paragraphs } = article;
  const entities = findEntities(paragraphs, models.ner);
  const numbers = findNumbers(paragraphs, { published: article.published });
  const quotes = findQuotes(paragraphs, entities);
  const claims = findClaims(paragraphs, { entities, numbers, quotes }, models.claims);
  return { url, article, entities, numbers, quotes, claims };
}
