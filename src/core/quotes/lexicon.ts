/** Word lists for quote attribution: speech verbs, titles, pronouns. All lower-case. */

const VERB_STEMS = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'telling', 'add', 'explain', 'note', 'argue', 'warn',
  'write', 'wrote', 'written', 'writes', 'writing', 'state', 'declare', 'insist', 'claim', 'ask', 'reply',
  'respond', 'continue', 'recall', 'acknowledge', 'admit', 'announce', 'observe', 'comment', 'remark',
  'suggest', 'stress', 'emphasize', 'emphasise', 'urge', 'concede', 'caution', 'predict', 'tweet', 'post',
  'joke', 'quip', 'lament', 'complain', 'conclude', 'counter', 'shout', 'yell', 'whisper', 'murmur', 'assert',
  'contend', 'maintain', 'reiterate', 'confirm', 'deny', 'recount', 'boast', 'vow', 'pledge', 'promise',
  'plead', 'mutter', 'exclaim', 'proclaim', 'retort', 'scoff', 'demand', 'allege', 'testify', 'elaborate',
  'interject', 'muse', 'go', 'went', 'goes', 'point', 'put', 'puts', 'hit', 'hits', 'fire', 'fired', 'tell',
  'describe', 'call',
  // Hearing and debate exchanges: “…?” the chairwoman pressed / he answered / she shot back.
  'press', 'answer', 'interrupt', 'snap', 'shot', 'shoot', 'shoots',
  // Verbs that frame a partial quote as the subject's words: accused them of “…”, rejected it as “…”.
  'accuse', 'reject', 'dismiss', 'brand', 'label', 'condemn', 'decry', 'deride', 'hail', 'denounce',
  // Indian English frames a quoted verdict with "termed": termed the package “an eyewash”.
  'term',
];
/** Stems that are mostly nouns in their base form ("the state", "a note"): only inflected forms count. */
const NOUNISH = new Set(['state', 'note', 'post', 'claim', 'comment', 'remark', 'demand', 'promise', 'pledge', 'vow', 'point', 'reply', 'tweet', 'counter', 'go', 'continue', 'maintain', 'put', 'hit', 'fire', 'muse', 'stress', 'call', 'press', 'answer', 'snap', 'shoot', 'brand', 'label', 'hail', 'term']);

function inflect(stem: string): string[] {
  if (/(said|told|wrote|written|went|puts|hits|says|tells|writes|goes|saying|telling|writing|fired|shot|shoots)$/.test(stem)) return [stem];
  const base = stem.replace(/e$/, '');
  const y = stem.endsWith('y') && !/[aeiou]y$/.test(stem);
  const dbl = /^(?:hit|put|quip|admit|regret|snap)$/.test(stem);
  const forms = [
    y ? `${stem.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(stem) ? `${stem}es` : `${stem}s`,
    y ? `${stem.slice(0, -1)}ied` : stem.endsWith('e') ? `${stem}d` : dbl ? `${stem}${stem.slice(-1)}ed` : `${stem}ed`,
    dbl ? `${stem}${stem.slice(-1)}ing` : `${base}ing`,
  ];
  if (stem === 'put' || stem === 'hit') forms.push(stem);
  // British spelling doubles the l: "labelled", "labelling".
  if (stem === 'label') forms.push('labelled', 'labelling');
  if (!NOUNISH.has(stem)) forms.push(stem);
  return forms;
}

/**
 * French attribution in bilingual news: the participle after the auxiliary "a" ("a déclaré", "a répondu X",
 * "a-t-il lancé").
 */
export const FRENCH_SPEECH = new Set(['déclaré', 'répondu', 'dit', 'ajouté', 'lancé', 'affirmé', 'expliqué', 'estimé', 'souligné',
  'indiqué', 'assuré', 'rappelé', 'précisé', 'écrit', 'martelé', 'dénoncé', 'confié', 'insisté', 'réagi', 'prévenu']);

/** Spanish, Portuguese and German past forms that attribute like "said" ("“…”, dijo Sheinbaum", "sagte Scholz"). */
const OTHER_SPEECH = ['dijo', 'afirmó', 'declaró', 'señaló', 'agregó', 'añadió', 'aseguró', 'escribió', 'respondió', 'explicó', 'advirtió',
  'disse', 'afirmou', 'declarou', 'escreveu', 'respondeu', 'sagte', 'erklärte', 'betonte', 'schrieb', 'antwortete'];

/** Every inflected speech verb. Those in NEEDS_PARTICLE count only with their particle. */
export const SPEECH_VERBS = new Set([...VERB_STEMS.flatMap(inflect), ...FRENCH_SPEECH, ...OTHER_SPEECH]);
/** "went on", "pointed out", "put it", "hit back", "fired back". */
export const NEEDS_PARTICLE: Record<string, string> = {
  go: 'on', went: 'on', goes: 'on', going: 'on', point: 'out', pointed: 'out', points: 'out', pointing: 'out',
  put: 'it', puts: 'it', putting: 'it', hit: 'back', hits: 'back', hitting: 'back', fire: 'back', fired: 'back',
  fires: 'back', firing: 'back', shot: 'back', shoot: 'back', shoots: 'back', shooting: 'back',
};

export const PRONOUNS: Record<string, 'm' | 'f' | 'n'> = { he: 'm', she: 'f', they: 'n', we: 'n', i: 'n' };
/** Nouns that stand for the person just mentioned: "the 81-year-old said", "the veteran added". */
export const PERSON_NOUNS: Record<string, 'm' | 'f' | 'x'> = { man: 'm', woman: 'f', veteran: 'x', politician: 'x', 'year-old': 'x', lawmaker: 'x', mother: 'f', father: 'm', grandmother: 'f', grandfather: 'm' };

/** Words that make up titles before names ("Prime Minister Keir Starmer") and in "the minister said". */
export const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'ministers', 'secretary', 'chancellor', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'chairman', 'chairwoman', 'chair', 'chief', 'executive',
  'ceo', 'cfo', 'director', 'general', 'gen', 'col', 'colonel', 'lt', 'major', 'maj', 'captain', 'capt', 'admiral',
  'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof',
  'professor', 'sir', 'lord', 'lady', 'dame', 'deputy', 'vice', 'spokesman', 'spokeswoman', 'spokesperson',
  'leader', 'speaker', 'ambassador', 'commissioner', 'attorney', 'foreign', 'defence', 'defense', 'finance',
  'home', 'interior', 'health', 'trade', 'economy', 'education', 'justice', 'environment', 'energy', 'treasury',
  'state', 'cabinet', 'chief', 'premier', 'chancellor', 'opposition', 'party', 'former', 'then', 'acting',
  'minority', 'majority', 'whip', 'counsel', 'envoy', 'official', 'officials', 'head', 'founder', 'coach',
  'manager', 'analyst', 'economist', 'lawyer', 'attorney', 'inspector', 'superintendent', 'sheriff', 'officer',
  'sergeant', 'sgt', 'detective', 'rev', 'reverend', 'father', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal',
  'emir', 'sheikh', 'crown', 'sultan', 'ayatollah', 'chairperson', 'ceo', 'president-elect', 'vice-president',
  'lawmaker', 'legislator', 'mp', 'mep', 'councillor', 'councilor', 'alderman', 'diplomat', 'negotiator',
  'commander', 'marshal', 'first', 'lady', 'supreme', 'dean', 'provost', 'editor', 'presenter', 'host', 'agent',
  'advisor', 'adviser', 'aide', 'strategist', 'pollster', 'candidate', 'nominee', 'challenger', 'incumbent',
  'prosecutor', 'organiser', 'organizer', 'member', 'activist', 'researcher', 'scientist', 'campaigner', 'councilwoman',
  'councilman', 'assemblyman', 'assemblywoman', 'delegate', 'spokesman', 'rapporteur', 'mediator', 'secretary-general',
  'cllr', 'alhaji', 'alhaja', 'hajia', 'mallam', 'shri', 'smt', 'sri',
]);

/** Abbreviated titles and the word they stand for: "Sen. Vance" is "the senator". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', col: 'colonel', lt: 'lieutenant', capt: 'captain',
  maj: 'major', sgt: 'sergeant', adm: 'admiral', cmdr: 'commander', supt: 'superintendent', insp: 'inspector',
  det: 'detective', rev: 'reverend', prof: 'professor', pres: 'president', cllr: 'councillor', dr: 'doctor',
};

/** Nouns that describe a person in news epithets: "the billionaire said", "the nominee added". */
export const DESCRIPTORS = new Set([
  'nominee', 'candidate', 'mogul', 'billionaire', 'businessman', 'businesswoman', 'tycoon', 'star', 'host',
  'lawmaker', 'leader', 'contender', 'hopeful', 'front-runner', 'frontrunner', 'incumbent', 'challenger',
  'democrat', 'republican', 'conservative', 'liberal', 'populist', 'veteran', 'politician', 'activist', 'author',
  'economist', 'analyst', 'professor', 'scientist', 'researcher', 'expert', 'doctor', 'nurse', 'lawyer',
  'attorney', 'judge', 'officer', 'commander', 'general', 'ambassador', 'diplomat', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'owner', 'founder', 'executive', 'chief', 'chairman', 'chairwoman', 'investor',
  'entrepreneur', 'developer', 'actor', 'actress', 'singer', 'player', 'coach', 'manager', 'striker', 'captain',
  'survivor', 'witness', 'victim', 'resident', 'farmer', 'teacher', 'student', 'mother', 'father', 'man', 'woman',
  'pastor', 'priest', 'cleric', 'preacher', 'writer', 'journalist', 'reporter', 'columnist', 'commentator',
]);

/** Honorifics that reveal gender. */
export const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = {
  mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', lord: 'm', lady: 'f', dame: 'f', king: 'm', queen: 'f',
  prince: 'm', princess: 'f', congressman: 'm', congresswoman: 'f', spokesman: 'm', spokeswoman: 'f',
  chairman: 'm', chairwoman: 'f', father: 'm', sister: 'f', brother: 'm', emir: 'm', sheikh: 'm',
  alhaji: 'm', alhaja: 'f', hajia: 'f', mallam: 'm', shri: 'm', smt: 'f',
};

/** Lower-case words allowed inside a name: "Ursula von der Leyen", "Mohammed bin Salman". */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'bint', 'al', 'el', 'ibn', 'dos', 'das', 'del', 'ter', 'ten', 'zu']);

/** Capitalized words that start sentences or name days, never people. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after',
  'before', 'as', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'then',
  'speaking', 'asked', 'meanwhile', 'however', 'still', 'also', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'today', 'yesterday', 'earlier', 'later', 'according', 'in',
  'his', 'her', 'their', 'our', 'my', 'its', 'of', 'with', 'from', 'to', 'by', 'said', 'says', 'told', 'added',
  // Groups that start sentences: "Critics say", "Officials said".
  'critics', 'analysts', 'officials', 'experts', 'residents', 'witnesses', 'police', 'protesters', 'activists',
  'economists', 'doctors', 'scientists', 'researchers', 'investors', 'traders', 'ministers', 'lawmakers',
  'democrats', 'republicans', 'sources', 'observers', 'supporters', 'opponents', 'others', 'many', 'some', 'both',
  'locals', 'villagers', 'diplomats', 'authorities', 'prosecutors', 'organizers', 'organisers', 'officers',
  'neighbours', 'neighbors', 'parents', 'teachers', 'students', 'workers', 'leaders', 'voters', 'people', 'everyone',
  'nobody', 'no', 'one', 'another', 'several', 'most', 'all', 'few', 'each', 'every', 'what', 'why', 'how', 'where', 'who',
]);
