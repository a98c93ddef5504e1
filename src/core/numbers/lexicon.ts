/**
 * Word lists for the number finder: number words, scales, units, currencies, calendar words and the
 * modifiers that OntoNotes keeps inside a value span ("about 50", "more than $1 billion").
 * Everything is lower-case; lookups lower-case the token first.
 */

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words after a number ("5.3 billion", "5bn"); "m" and "k" only when glued to digits. */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mn: 1e6, bn: 1e9, tn: 1e12, trn: 1e12, mln: 1e6, bln: 1e9, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};
/** Vague plural counts: "dozens", "thousands", "millions". */
export const VAGUE_PLURALS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'tens']);

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
  thousandth: 1000, millionth: 1e6,
};
/** Denominators of spelled-out fractions: "two-thirds", "a quarter", "one-fifth". */
export const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/**
 * Modifiers kept inside the span (OntoNotes includes them, unlike MUC): multi-word ones as word arrays.
 * Order matters only for readability; the matcher tries the longest that fits.
 */
export const MODIFIERS: string[][] = [
  ['about'], ['approximately'], ['around'], ['nearly'], ['almost'], ['roughly'], ['some'], ['over'], ['under'],
  ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'],
  ['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'], ['close', 'to'],
  ['just', 'over'], ['just', 'under'], ['well', 'over'], ['well', 'above'], ['just', 'above'], ['just', 'below'],
  ['an', 'estimated'], ['upwards', 'of'], ['in', 'excess', 'of'], ['nearly', 'all'], ['only'], ['just'],
  ['a', 'further'], ['an', 'additional'], ['another'], ['barely'], ['exactly'], ['precisely'], ['below'],
  ['above'], ['minus'], ['no', 'more', 'than'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['some', 'other'],
  ['more', 'than', 'a'], ['less', 'than', 'a'], ['about', 'a'], ['nearly', 'a'], ['almost', 'a'],
];
/** Modifiers that OntoNotes annotators usually leave outside the span even though we parse past them. */
export const OUTSIDE_MODIFIERS = new Set(['only', 'just', 'another', 'a further', 'an additional', 'some other', 'nearly all']);

/** Currency signs before a number, and codes written before or after it. */
export const CURRENCY_SIGNS: Record<string, string> = {
  '$': 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  '₦': 'NGN', '₱': 'PHP', '₫': 'VND', '฿': 'THB',
};
/** Letters glued before "$": "US$5", "C$10". */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', c: 'CAD', ca: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', s: 'SGD', nz: 'NZD', r: 'BRL', nt: 'TWD', mx: 'MXN',
};
export const CURRENCY_CODES = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'aud', 'cad', 'chf', 'hkd', 'sgd', 'krw', 'rub', 'brl', 'zar',
  'ngn', 'kes', 'try', 'mxn', 'sek', 'nok', 'dkk', 'pln', 'rs', 'rs.',
]);
/** Currency words after a number ("5 million dollars", "200 euros"). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF',
  peso: 'MXN', pesos: 'MXN', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', shekel: 'ILS',
  shekels: 'ILS', naira: 'NGN', lira: 'TRY', liras: 'TRY', krona: 'SEK', kronor: 'SEK', krone: 'NOK',
  kroner: 'NOK', baht: 'THB', ringgit: 'MYR', dinar: 'DZD', dinars: 'DZD', riyal: 'SAR', riyals: 'SAR',
  dirham: 'AED', dirhams: 'AED', rand: 'ZAR', shillings: 'KES', zloty: 'PLN', hryvnia: 'UAH', hryvnias: 'UAH',
  bucks: 'USD', cent: 'USD-cent', cents: 'USD-cent', pence: 'GBP-pence', bitcoin: 'BTC', bitcoins: 'BTC',
};

/** Measurement units after a number → normalized unit. Multi-word units are matched by the first word. */
export const QUANTITY_UNITS: Record<string, string> = {
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetres: 'cm', centimeters: 'cm',
  mm: 'mm', millimetres: 'mm', millimeters: 'mm', mile: 'mi', miles: 'mi', mi: 'mi', foot: 'ft', feet: 'ft',
  ft: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd', kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg',
  kilogram: 'kg', kilograms: 'kg', kilogrammes: 'kg', gram: 'g', grams: 'g', grammes: 'g', mg: 'mg',
  milligrams: 'mg', tonne: 't', tonnes: 't', ton: 't', tons: 't', lb: 'lb', lbs: 'lb', ounce: 'oz',
  ounces: 'oz', oz: 'oz', litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal',
  barrel: 'bbl', barrels: 'bbl', bpd: 'bbl/d', acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha',
  ha: 'ha', degree: 'deg', degrees: 'deg', '°': 'deg', '°c': '°C', '°f': '°F', mph: 'mph', kph: 'km/h',
  knots: 'kn', mw: 'MW', gw: 'GW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh',
  megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW', kilowatt: 'kW', kilowatts: 'kW',
  watts: 'W', volts: 'V', calories: 'kcal', gb: 'GB', mb: 'MB', tb: 'TB', gigabytes: 'GB', megabytes: 'MB',
  terabytes: 'TB', bushels: 'bu', carats: 'ct', nautical: 'nmi', 'light-years': 'ly', mpg: 'mpg', stone: 'st',
};
/** Words that qualify a following unit: "square miles", "metric tons", "cubic metres". */
export const UNIT_QUALIFIERS = new Set(['square', 'sq', 'cubic', 'metric', 'short', 'long', 'light', 'nautical']);

/** Calendar units: a count of these is a DATE (duration) in OntoNotes; clock units are TIME. */
export const DATE_UNITS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'century',
  'centuries', 'fortnight', 'fortnights', 'quarter', 'quarters', 'weekend', 'weekends', 'semester', 'millennium', 'nights',
]);
export const TIME_UNITS = new Set(['hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'hrs', 'mins', 'secs']);
/** Period nouns for "last week", "this year", "the coming months". */
export const PERIODS = new Set([
  'year', 'month', 'week', 'weekend', 'decade', 'century', 'quarter', 'season', 'summer', 'winter', 'spring',
  'autumn', 'fall', 'term', 'semester', 'half', 'years', 'months', 'weeks', 'decades', 'days', 'quarters', 'day',
]);
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
export const HOLIDAYS = new Set(['christmas', 'easter', 'thanksgiving', 'hanukkah', 'diwali', 'ramadan', 'eid', 'halloween']);

/** Determiners that turn "one" into a pronoun: "the one", "no one", "this one". */
export const ONE_PRONOUN_BEFORE = new Set([
  'the', 'this', 'that', 'no', 'every', 'each', 'any', 'which', 'only', 'a', 'another', 'such', 'last', 'little',
  'big', 'someone', 'anyone', 'everyone', 'same', 'right', 'wrong', 'new', 'old', 'good', 'loved', 'favourite',
  'favorite', 'whichever', 'latest', 'younger', 'older', 'next',
]);

/** Capitalized words that may stand right before a number without making it part of a name. */
export const CAPITAL_OK_BEFORE_NUMBER = new Set([
  'in', 'on', 'at', 'by', 'since', 'until', 'from', 'to', 'for', 'of', 'and', 'or', 'about', 'around', 'nearly',
  'almost', 'some', 'over', 'under', 'only', 'just', 'about', 'approximately', 'roughly', 'more', 'less', 'the',
  'all', 'its', 'his', 'her', 'their', 'our', 'after', 'before', 'during', 'between', 'up', 'as', 'with', 'than',
  'but', 'while', 'when', 'by', 'another', 'those', 'these', 'fiscal', 'fy', 'estimated', 'expected', 'top',
  'just', 'through', 'circa', 'ca', 'early', 'late', 'mid', 'then', 'still', 'even', 'fully', 'exactly',
  'precisely', 'barely', 'least', 'are', 'were', 'is', 'was', 'every', 'each', 'those', 'within', 'across',
  'among', 'against', 'under', 'below', 'above', 'where', 'if', 'because', 'although', 'though', 'so', 'yet',
  'roughly', 'nearly', 'perhaps', 'maybe', 'possibly', 'upwards', 'toward', 'towards', 'into', 'per', 'now',
  'today', 'yesterday', 'last', 'next', 'this', 'that', 'these', 'not', 'aged', 'age',
  'ages', 'wait', 'a', 'an', 'estimates', 'via', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'what',
  'which', 'who', 'whose', 'some', 'like', 'unlike', 'plus', 'minus', 'times', 'than', 'following',
]);

/** Capitalized words after a digit ordinal that make it part of a name: "the 2nd Circuit", "5th Avenue". */
export const ORDINAL_NAME_HEADS = new Set(['circuit', 'amendment', 'avenue', 'street', 'fleet', 'army', 'division', 'corps', 'regiment',
  'battalion', 'brigade', 'infantry', 'airborne', 'cavalry', 'precinct', 'dynasty', 'republic', 'congress', 'marine', 'marines']);
