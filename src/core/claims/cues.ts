/**
 * Cues that make a sentence worth checking (a figure, a comparison, a cause, a named source, a dated
 * event, a prediction) and cues that make it not (first-person opinion, questions, hedges, evaluative
 * scene-setting). They serve twice: as dense features of the trained model, so it generalizes beyond the
 * words it saw in debates, and as the reasons a claim card shows. Pure lexicon look-ups over tokens.
 */
import { numberShape, type Token } from './tokens.ts';

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

const NUMBER_WORDS = set(`one two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty thirty
  forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion
  dozen dozens half third thirds quarter quarters twice double doubled tripled percent percentage`);
const MONEY_WORDS = set('dollars dollar cents budget deficit debt tax taxes spending spent cost costs paid pay salary wage wages income revenue funding fund');
const COMPARATIVES = set(`more less fewer than higher lower larger smaller bigger greater better worse increase increased
  increases decrease decreased decreases rose risen fell fallen grew grown growth dropped declined cut cuts raised doubled
  tripled compared faster slower`);
const SUPERLATIVES = set('most least highest lowest largest smallest biggest best worst first last only record fastest slowest');
const CAUSAL = set(`because caused causes cause causing due result resulted results led leads consequence therefore thanks
  blamed driven responsible`);
const SOURCES = set(`according report reports reported study studies survey surveys data statistics census poll polls
  estimates estimated figures records shows showed found analysis`);
const FUTURE = set(`will won't going would plans plan planned expects expected forecast forecasts projected predicts
  predicted likely`);
const MODALS = set('should could might may must ought can cannot shall need needs');
const HEDGES = set('perhaps maybe possibly probably seems seem seemed appears apparently reportedly allegedly');
const OPINION_VERBS = set('think believe feel hope want wish guess suppose know understand agree disagree');
const FIRST_PERSON = set("i i'm i've i'd i'll me my we we're we've we'll our us");
const SECOND_PERSON = set("you you're your you've");
/** Evaluative and scene-setting words: a sentence built on them states a view, not a checkable fact. */
const EVALUATIVE = set(`notable notably significant significantly important importantly remarkable remarkably crucial
  key clear clearly obvious obviously interesting striking particularly especially indeed certainly truly really
  great wonderful terrible horrible outrageous ridiculous disgrace shame proud pleased glad happy sad fair unfair
  strong weak serious seriously tremendous incredible amazing beautiful`);
const PAST_IRREGULAR = set(`was were had did said went came took made gave got voted passed signed won lost sent told
  became began brought built bought fought held kept left led met paid put ran rose saw sold spent stood struck
  taught thought understood wrote grew fell knew shut hit set`);
/** Words ending in -ed that are not past tenses. */
const NOT_PAST = set('indeed need speed seed breed proceed exceed succeed greed feed deed bleed creed hundred sacred naked wicked');
const EVENT_NOUNS = set('agreement treaty deal law bill act election vote visit meeting summit war attack announcement');
const REPORTING = set('said says say told explained noted added stated announced claimed argued insisted warned');
const MONTHS = set('january february march april may june july august september october november december');
/** Days and relative dates that pin an event in time ("on Tuesday", "last week"). */
const DAYS = set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight weekend');
const CURRENCY = set('$ € £ ¥');
/** Verbs of interpretation in the present tense ("X reflects / underscores / signals Y"): the writer reads
 * meaning into events, which is analysis, not a checkable fact. Past forms are left out on purpose:
 * "experts highlighted the weakness" reports what someone did. */
const INTERPRETIVE = set(`reflects underscores underlines highlights signals illustrates symbolizes symbolises
  embodies exemplifies epitomizes epitomises showcases typifies heralds`);
/** Evaluative predicates after a copula ("The timing is particularly notable", "It is unclear whether"). */
const EVALUATIVE_PREDICATE = set(`notable noteworthy significant striking remarkable telling important crucial
  unclear uncertain interesting ironic curious unsurprising surprising`);
const COPULAS = set("is are was were be been seems remains it's");

/** What the cue scan found in one span: dense model features and reader-facing cues. */
export interface CueScan {
  /** Feature names for the model (without namespace), one per present cue. */
  features: string[];
  number: boolean;
  percent: boolean;
  money: boolean;
  comparison: boolean;
  causal: boolean;
  source: boolean;
  prediction: boolean;
  event: boolean;
  quote: boolean;
  opinion: boolean;
  question: boolean;
  /** Interpretive predicates and evaluative copulas: news commentary rather than a checkable fact. */
  commentary: number;
  /** Capitalized words after the first: a stand-in for named entities when no entity layer ran. */
  names: boolean;
}

/** Scans tokens (already lowercased) for cues. `text` is only used for surface marks such as quotes. */
export function scanCues(tokens: readonly Token[]): CueScan {
  const f: string[] = [];
  let number = false, percent = false, money = false, comparison = false, causal = false, source = false;
  let future = false, modal = false, hedge = false, opinionVerb = false, firstPerson = false, second = false;
  let evaluative = 0, past = 0, year = false, month = false, day = false, caps = 0, quoteMark = false, question = false;
  let reporting = false, eventNoun = false, than = false, commentary = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const shape = numberShape(w);
    if (shape) {
      number = true;
      if (shape === 'dddd' && (w.startsWith('19') || w.startsWith('20'))) year = true;
    }
    if (NUMBER_WORDS.has(w)) number = true;
    if (w === '%' || w === 'percent' || (w === 'per' && tokens[i + 1]?.lower === 'cent')) percent = true;
    if (CURRENCY.has(w) || MONEY_WORDS.has(w)) money = true;
    if (COMPARATIVES.has(w) || SUPERLATIVES.has(w) || w.endsWith('est') && w.length > 5) comparison = true;
    if (w === 'than') than = true;
    if (CAUSAL.has(w)) causal = true;
    if (SOURCES.has(w)) source = true;
    if (FUTURE.has(w)) future = true;
    if (MODALS.has(w)) modal = true;
    if (HEDGES.has(w)) hedge = true;
    if (OPINION_VERBS.has(w) && i > 0 && FIRST_PERSON.has(tokens[i - 1]!.lower)) opinionVerb = true;
    if (FIRST_PERSON.has(w)) firstPerson = true;
    if (SECOND_PERSON.has(w)) second = true;
    if (EVALUATIVE.has(w)) evaluative++;
    // A capitalized -ed word inside the sentence is a name ("United States", "Ted"), not a past tense.
    const capitalized = i > 0 && startsUpper(t.text);
    if (PAST_IRREGULAR.has(w) || (w.length > 4 && w.endsWith('ed') && !capitalized && !NOT_PAST.has(w))) past++;
    if (MONTHS.has(w) && w !== 'may' && w !== 'march') month = true;
    if (DAYS.has(w) || ((w === 'week' || w === 'month' || w === 'year') && tokens[i - 1]?.lower === 'last')) day = true;
    if (REPORTING.has(w)) reporting = true;
    if (EVENT_NOUNS.has(w)) eventNoun = true;
    if (capitalized && w !== 'i' && !w.startsWith("i'") && tokens[i - 1]!.lower !== '"') caps++;
    if (w === '"') quoteMark = true;
    if (w === '?') question = true;
    if (INTERPRETIVE.has(w) && i > 0) commentary++;
    if (EVALUATIVE_PREDICATE.has(w) && afterCopula(tokens, i)) commentary++;
  }
  const flags: Array<[boolean, string]> = [
    [number, 'num'], [percent, 'pct'], [money, 'money'], [year, 'year'], [month, 'month'], [day, 'day'],
    [comparison, 'comp'], [than, 'than'], [causal, 'causal'], [source, 'source'], [future, 'future'],
    [modal, 'modal'], [hedge, 'hedge'], [opinionVerb, 'opinion'], [firstPerson, 'first'], [second, 'second'],
    [evaluative > 0, 'eval'], [evaluative > 1, 'eval2'], [past > 0, 'past'], [past > 2, 'past3'],
    [caps > 0, 'caps'], [caps > 2, 'caps3'], [quoteMark, 'qmark'], [question, 'question'],
    [reporting, 'reporting'], [eventNoun, 'eventnoun'],
    [number && !firstPerson, 'num-nofirst'], [past > 0 && caps > 0, 'past-caps'],
  ];
  for (const [on, name] of flags) if (on) f.push(name);
  const n = tokens.length;
  f.push(n <= 4 ? 'len4' : n <= 8 ? 'len8' : n <= 15 ? 'len15' : n <= 25 ? 'len25' : n <= 40 ? 'len40' : 'lenmax');
  return {
    features: f,
    number, percent, money, comparison, causal, source,
    prediction: future && !question,
    event: past > 0 && (caps > 0 || eventNoun || year || month || day),
    quote: quoteMark || reporting,
    opinion: opinionVerb || (evaluative > 0 && !number),
    question,
    commentary,
    names: caps > 0,
  };
}

/** Whether a word starts with a capital letter; ASCII first, the Unicode test only beyond it. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** True when a copula stands within three words before `i` ("is notable", "is particularly notable"). */
function afterCopula(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (COPULAS.has(tokens[k]!.lower)) return true;
  return false;
}
