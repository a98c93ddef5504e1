/**
 * Name shapes for the cast of an article: the words that make a capitalized run an organization or a
 * place, honorifics and patronymic particles, and how a tagger name loses the titles written into it.
 * Kept apart from cast.ts so the cast keeps to who is who, and these lists can grow on their own.
 */
import { TITLE_WORDS } from './lexicon.ts';

/** Words that make a capitalized run an organization or place, not a person. */
export const ORG_WORDS = new Set([
  'bank', 'partners', 'institute', 'university', 'ministry', 'council', 'party', 'association', 'agency', 'department',
  'group', 'inc', 'ltd', 'corp', 'company', 'news', 'times', 'post', 'united', 'nations', 'union', 'republic', 'kingdom',
  'states', 'city', 'street', 'house', 'court', 'committee', 'commission', 'office', 'service', 'services', 'force',
  'forces', 'army', 'navy', 'police', 'school', 'college', 'hospital', 'foundation', 'fund', 'trust', 'board', 'club',
  'federation', 'organisation', 'organization', 'center', 'centre', 'international', 'national', 'reserve', 'exchange',
  'airlines', 'airways', 'motors', 'energy', 'oil', 'gas', 'capital', 'holdings', 'security', 'studies', 'parliament',
  'senate', 'congress', 'assembly', 'government', 'administration', 'church', 'river', 'sea', 'ocean', 'mountains',
  'island', 'islands', 'province', 'county', 'region', 'east', 'west', 'north', 'south', 'middle', 'new', 'york',
  'agreement', 'treaty', 'act', 'bill', 'war', 'cup', 'games', 'summit', 'conference', 'strategy', 'partnership',
  'european', 'american', 'british', 'chinese', 'japanese', 'indian', 'russian', 'french', 'german', 'africa', 'asia',
  'europe', 'america', 'pacific', 'atlantic', 'day', 'week', 'prize', 'award', 'media', 'network', 'tv', 'radio',
  'defence', 'defense', 'affairs', 'justice', 'health', 'interior', 'finance', 'treasury', 'police', 'station',
]);

export const DET = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'with', 'by', 'for', 'to', 'said', 'says', 'told', 'met']);

/** "Prime Minister Keir Starmer" → "Keir Starmer": a tagger may leave a title inside a person's name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'alhaji', 'alhaja', 'hajia', 'mallam', 'shri', 'smt', 'sri']);

/** Particles that join a given name to a father's name: "Faisal bin Farhan". */
export const PATRONYMIC = new Set(['bin', 'bint', 'ibn', 'ben']);

export const HONORIFIC_START = /^(?:mr|mrs|ms|mx|miss|dr|sir|dame)\.?\s+\p{Lu}/iu;

/** Title words that are adjectives of an office ("foreign", "state"): before a capitalized run they may name a place or body. */
export const OFFICE_ADJECTIVES = new Set(['foreign', 'defence', 'defense', 'finance', 'home', 'interior', 'health', 'trade', 'economy', 'education',
  'justice', 'environment', 'energy', 'treasury', 'state', 'cabinet', 'opposition', 'party', 'former', 'then', 'acting', 'first', 'supreme',
  'crown', 'prime', 'deputy', 'vice', 'general', 'chief', 'executive', 'minority', 'majority', 'head', 'member']);

export function stripTitles(name: string): string {
  const parts = name.split(/\s+/);
  // "Kharkiv Mayor Ihor Terekhov": capitalized place words before a title word belong to the title.
  let k = parts.findIndex((w, i) => i > 0 && i < parts.length - 2 && /^\p{Lu}/u.test(w) && TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  if (k < 0) k = 0;
  while (k < parts.length - 2 && TITLE_WORDS.has(parts[k]!.toLowerCase().replace(/\.$/, ''))) k++;
  // "Mr Hunt" is Hunt (then the fullest Hunt of the article); a title like "President" may stay on a lone surname.
  while (k < parts.length - 1 && HONORIFICS.has(parts[k]!.toLowerCase().replace(/\.$/, ''))) k++;
  return parts.slice(k).join(' ');
}

export const lowerTokens = (s: string): string[] => s.toLowerCase().split(/[\s]+/).map((x) => x.replace(/[.,]/g, '')).filter(Boolean);
