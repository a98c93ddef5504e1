/**
 * Builds the name lists the tagger uses as features, from two licence-clean sources that are already
 * installed: compromise's lexicon (MIT) and the CLDR data in Node's ICU (Unicode License v3) through
 * `Intl.DisplayNames` and the time-zone city names. No corpus text goes into these lists.
 */
import nlp from 'compromise';
import type { GazetteerLists } from '../../src/core/ner/gazetteer.ts';

type Lex = Record<string, string | string[]>;

export function buildGazetteerLists(): GazetteerLists {
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Lex; frozenLex?: Record<string, string> }; two: Record<string, Record<string, unknown>> } } }).world();
  const by = new Map<string, Set<string>>();
  const addTag = (word: string, tag: string): void => {
    let s = by.get(tag);
    if (!s) by.set(tag, (s = new Set()));
    s.add(word);
  };
  for (const [word, tags] of Object.entries(world.model.one.lexicon)) for (const t of [tags].flat()) addTag(word, t);
  for (const [word, tag] of Object.entries(world.model.one.frozenLex ?? {})) addTag(word, tag);
  const tag = (...names: string[]): string[] => names.flatMap((n) => [...(by.get(n) ?? [])]);

  const region = new Intl.DisplayNames(['en'], { type: 'region' });
  const language = new Intl.DisplayNames(['en'], { type: 'language' });
  const currency = new Intl.DisplayNames(['en'], { type: 'currency' });
  const countries: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = safe(() => region.of(code));
      if (name && name !== code) countries.push(name);
    }
  }
  const languages = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'nl', 'sv', 'pl', 'uk', 'el', 'he', 'fa', 'ur', 'bn', 'id', 'ms', 'th', 'vi', 'fi', 'da', 'no', 'cs', 'hu', 'ro', 'bg', 'sr', 'hr', 'sk', 'sl', 'lt', 'lv', 'et', 'ga', 'cy', 'is', 'sw', 'am', 'yo', 'zu', 'af', 'ta', 'te', 'mr', 'gu', 'pa', 'ne', 'si', 'km', 'lo', 'my', 'mn', 'ka', 'hy', 'az', 'kk', 'uz', 'tl', 'la', 'eu', 'ca', 'gl']
    .map((c) => safe(() => language.of(c)))
    .filter((x): x is string => !!x);
  const currencies = (Intl.supportedValuesOf('currency') as string[]).map((c) => safe(() => currency.of(c))).filter((x): x is string => !!x && !/^[A-Z]{3}$/.test(x));
  const cities = (Intl.supportedValuesOf('timeZone') as string[])
    .map((z) => z.split('/').pop()!.replace(/_/g, ' '))
    .filter((c) => !/^(?:GMT|UTC|[A-Z]{2,4}\d*)/.test(c));

  const words = (o: Record<string, unknown> | undefined): string[] => Object.keys(o ?? {});
  return {
    'first-name': tag('FirstName', 'MaleName', 'FemaleName'),
    'last-name': tag('LastName'),
    person: tag('Person'),
    country: [...tag('Country'), ...countries],
    city: [...tag('City'), ...cities],
    region: tag('Region', 'Place').filter((w) => w.length > 3),
    organization: tag('Organization').filter((w) => w.length > 3 || /\d/.test(w)),
    'sports-team': tag('SportsTeam'),
    nationality: tag('Demonym'),
    title: [...tag('Actor', 'Honorific')],
    'org-word': words(world.model.two.orgWords),
    'place-word': words(world.model.two.placeWords),
    'date-word': tag('Month', 'WeekDay'),
    language: languages,
    currency: [...currencies, ...tag('Currency').filter((w) => w.length > 3)],
    'company-suffix': ['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'group', 'holdings'],
  };
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
