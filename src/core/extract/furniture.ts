/**
 * Line-level rules: the short lines a reader recognizes as page furniture rather than story (ad labels,
 * "read also" links, "story continues below", date lines, bylines, captions, the repeated headline),
 * judged on one block's own text and link share.
 */
import { attr, someDescendant, tagOf } from './dom.ts';
import type { Block } from './walk.ts';

/** Short lines that label page furniture rather than tell the story. */
const AD_LABEL = /^[\s\-–—|·•]*(?:advertisement|advertising|advertisment|ad|ads|sponsored(?: content)?|paid content|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|广告|loading(?:…|\.\.\.)?)[\s\-–—|·•:]*$/iu;
const FURNITURE =
  /^(?:read (?:also|more|next)|learn more(?=:)|see also|also read|related(?: articles| stories| coverage| content)?|more (?:on|from|about)|recommended|trending|most (?:read|popular)|watch|listen(?: to (?:the|this) (?:article|story))?|share(?: this| on)?|tweet|follow (?:us|me)|sign up|subscribe|click here|continue reading|advertisement|image|photo|photograph|picture|video|credit|source|getty images|tags?|topics?|filed under|comments?|leave a (?:reply|comment)|©|copyright|lire aussi|à lire aussi|lesen sie (?:auch|mehr)|mehr zum thema|leia (?:também|mais)|lee (?:también|más)|leggi anche|lees ook)\b/iu;
/**
 * Label words that also open ordinary sentences ("Video is the ultimate engagement tool…", "Source code
 * is…"): without a link they mark furniture only as a label on their own or before ":", "|" or a dash.
 */
const SENTENCE_AFTER_LABEL_WORD = /^(?:image|photo|photograph|picture|video|credit|source)\s+(?![:|•·–—-])\S/i;
/** Short lines that are page furniture even without a link. */
const FURNITURE_LINE =
  /^(?:(?:the )?(?:story|article|text) continues (?:below|after)|scroll (?:down )?to continue|continue reading|click (?:here|to)|tap (?:here|to)|(?:sign up|subscribe)(?: now)? (?:to|for)|follow [^:]{1,60}?(?: on|:) ?(?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b|(?:image|media|photo|video) (?:caption|source|credit)s?\b|(?:photo|image|picture)s?: |(?:top|lead|main|header|cover|featured|hero) (?:photo|image|picture|illustration)s? (?:by|courtesy|credit)\b|(?:promoted|sponsored|presented|powered) by\b.*[^.!?]$)/i;
/** The same labels in Chinese news pages: caption, original headline, editor, author, producer, source. */
const CJK_LABEL = /^[\s【\[（(]*(?:图注|图片来源|图片说明|原标题|原題|责任编辑|責任編輯|编辑|編輯|作者|出品|来源|來源)\s*[:：︱|丨]/u;
/** "Photos by X (Shutterstock), Y", "(All photos: Atlas staff)": who made the pictures. */
const CREDIT_LINE = /^\(?(?:all |(?:top|lead|main|header|cover|featured|hero) )?(?:photo(?:graph)?|image|picture|illustration)s?(?: by\b|: | courtesy\b| credit\b)/i;
const TWO_SENTENCES = /[.!?]\s+\p{Lu}/u;
/** "JIM WATSON/AFP/Getty Images", "(AP Photo/Evan Vucci)": a name and a picture agency, nothing else. */
const AGENCY =
  /^(?:ap|afp|reuters|getty images|epa|epa-efe|bloomberg|shutterstock|istock|istockphoto|xinhua|pa|pa wire|pa images|dpa|sipa|polaris|redux|nurphoto|anadolu|alamy|corbis|zuma|zuma press)(?: photo| images| via getty images|\/getty images)?$/;
const NAME_THEN_AGENCY = /^\(?((?:\p{Lu}[\p{L}'’.-]*\s?){1,5})(?:\/|\|)\s*([^()]{2,40}?)\)?$/u;
const AGENCY_FIRST = /^\((?:AP|AFP|Reuters|EPA|Xinhua|PA|dpa)(?: Photo)?\/[^()]{1,50}\)$/;

function isAgencyCredit(text: string): boolean {
  if (AGENCY_FIRST.test(text)) return true;
  const m = NAME_THEN_AGENCY.exec(text);
  return !!m && AGENCY.test(m[2]!.trim().toLowerCase());
}
/**
 * A caption set as a paragraph ends with its picture's credit in brackets: "(Thomas Coex/AFP/Getty
 * Images)", "(AP Photo/Evan Vucci)", "(… Press Service photo via AP)". Story sentences do not.
 */
const TRAILING_CREDIT =
  /\((?:[^()]{0,80}\/\s?(?:getty(?: images)?|ap|afp|reuters|epa(?:-efe)?|bloomberg|shutterstock|istock(?:photo)?|xinhua|pa(?: wire| images)?|dpa|sipa|polaris|redux|nurphoto|anadolu|alamy|corbis|zuma(?: press)?)|(?:ap|afp|reuters|epa) photo\/[^()]{1,60}|[^()]{0,80}\b(?:photo|image|picture)s? (?:via|by|courtesy(?: of)?) [^()]{1,40}|(?:photo|image|picture)s?: [^()]{1,60})\)\s*$/i;
/** "EXCLUSIVE", "ANALYSIS": a kicker above the story, one or two capitalized words. */
const KICKER = /^\p{Lu}{3,}(?: \p{Lu}{2,})?$/u;
/** "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET": a time stamp after a place name. */
const PUBLISHED_STAMP =
  /\b(?:first )?(?:published|updated|posted)(?: on)?:?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b[^.!?]*$/i;
const DATE_ONLY =
  /^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?: \p{Lu}{2,4})?)?$/iu;
/** "Updated: March 3, 2024 10:02 a.m." (but not "Published in 2019, the report found …"). */
const DATE_LINE =
  /^(?:updated|published|posted|last (?:updated|modified))(?: on)?:?\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d)(?:[^,;]|,\s*\d)*$/i;
/** Pieces a date-and-time line is made of; a line of nothing else is a time stamp. */
const DATE_PIECES =
  /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:updated|published|posted|modified|last|on|at|am|pm|a\.m\.|p\.m\.|utc|gmt|[ecmp][sd]t|bst|cet|cest)\b|\d+(?:st|nd|rd|th)?|[\s,./|:·•–—-])+/giu;
const BRACKETED = /^\[[^\]]+\]$/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const BYLINE = /^(?:(?:[Pp]osted|[Ww]ritten|[Rr]eported|[Pp]ublished) [Bb]y|[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}/u;
/** "1 / 5", "3 of 12": a slideshow counter. A line of nothing but a number: a count or a page number. */
const COUNTER = /^(?:\d{1,3}\s*(?:\/|of)\s*\d{1,3}|[+#-]?\d[\d.,]*)$/;
/** "图为…" ("pictured: …"): how Chinese news pages start a caption. */
const CJK_CAPTION = /^图为/u;

const HEADING = /^h[1-6]$/;
/** A time ("13h36", "10:02") or numeric date, and a byline marker: a dateline-and-byline strip. */
const TIME_OR_DATE = /\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/;
const BYLINE_MARK = /(?:^|[\s|•·])(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;
const DATA_CELL = new Set(['td', 'th', 'li', 'dd', 'dt', 'pre']);

/**
 * "Erin Cunningham is an Egypt-based correspondent for The Post.", "Nelson D. Schwartz has covered
 * economics since 2012": a name, then what the writer does. Bounded pieces only (no nested repeats).
 */
const BIO =
  /^(?:(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|bin|al-\p{L}+)\s){1,4}(?:(?:is|was|has been|has|writes|covers|reports|edits)\b[^.!?]{0,160}\b(?:correspondent|reporter|writer|editor|columnist|contributor|journalist|author|critic|producer|bureau chief|chief|fellow|professor|staff|covered|covers|covering|reporting|writing|photographer|analyst|anchor|host)\b|(?:is|was) (?:a|an|the) (?:\p{L}+[ -]){0,6}(?:for|at) (?:the |The )?\p{Lu})/u;
/** "Steven Mufson covers the White House." — a full name (two words at least) and a beat. */
const BEAT = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}\s(?:covers|writes about|reports on)\s[^.!?]{3,80}[.]/u;

const RIGHTS = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\blicensed under (?:a |the )?(?:creative commons|cc[ -]by|gnu|mit|apache)/i;

/** "© 2024 …", "All rights reserved", "licensed under a Creative Commons …": the page's rights notice. */
export function isRightsLine(text: string): boolean {
  return text.length <= 250 && RIGHTS.test(text);
}

/**
 * Where the story was printed: "A version of this article appears in print on …". Syndication notes
 * ("This article was originally published by …") stay: human-labelled bodies keep them.
 */
const PRINT_NOTE = /^a version of this (?:article|story|column|review|essay|interview|report) (?:appears|appeared|was published) in print\b/i;

/** A note that closes the page's own text: the rights notice, or where the story was printed. */
export function isEndNote(text: string): boolean {
  return isRightsLine(text) || (text.length <= 300 && PRINT_NOTE.test(text));
}

/** "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR" → "Laurie Oakes is the nine network political editor". */
function unshout(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  const lower = text.toLowerCase();
  const verb = lower.search(/\s(?:is|was|has|writes|covers|reports|edits)\s/);
  return verb < 0 ? lower : lower.slice(0, verb).replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase()) + lower.slice(verb);
}

/** "Ben Silverman is on Twitter at ben_silverman.", "You can follow Jane Roe on Twitter @janeroe": where to find the writer. */
const SOCIAL_TAGLINE =
  /^(?:(?:[Yy]ou can )?[Ff]ollow (?:\p{Lu}[\p{L}'’.-]*\s){1,4}|(?:\p{Lu}[\p{L}'’.-]*\s){1,4}(?:is|can be (?:found|reached|followed)) )on (?:[Tt]witter|X|[Ff]acebook|[Ii]nstagram|[Tt]hreads|[Bb]luesky|[Mm]astodon|Linked[Ii]n)\b(?:(?: at| as|:)? @?[\w.]{2,40}?)?[.!]?$/u;

/** A note about the writer (what they do, where they work, where to follow them), as sites print it after the story. */
export function isAuthorBio(text: string): boolean {
  if (text.length < 30 || text.length > 600) return false;
  const t = unshout(text);
  return BIO.test(t) || BEAT.test(t) || (t.length < 160 && SOCIAL_TAGLINE.test(t));
}

/** Whether every link inside points into the same page ("#section"). */
function onlyAnchorLinks(el: Element): boolean {
  let links = 0;
  const offPage = someDescendant(el, (e) => {
    if (tagOf(e) !== 'a') return false;
    links++;
    return !(attr(e, 'href') ?? '').startsWith('#');
  }, 500);
  return links > 0 && !offPage;
}

/** Letters and digits only, lower-cased: how a headline repeated in the body is recognized. */
export function normalizeTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export const DROP = 0;
export const KEEP = 1;
/** A linked heading: story only when prose follows it (a subhead), not when it heads a teaser. */
export const KEEP_IF_PROSE_FOLLOWS = 2;

/** What to do with one block of the chosen containers, given its place in the story so far. */
export function keepBlock(b: Block, position: number, titleKey: string, inProseList = false): number {
  const text = b.text;
  const heading = HEADING.test(b.tag);
  if (!HAS_WORD.test(text)) return DROP;
  if (b.tag === 'figcaption' || b.tag === 'caption') return DROP;
  if (text.length < 40 && AD_LABEL.test(text)) return DROP;
  if (text.length < 160 && FURNITURE.test(text) && (b.linkChars > 0 || (text.length < 60 && !SENTENCE_AFTER_LABEL_WORD.test(text)))) return DROP;
  if (text.length < 120 && (FURNITURE_LINE.test(text) || CJK_LABEL.test(text))) return DROP;
  if (text.length < 100 && !DATA_CELL.has(b.tag) && PUBLISHED_STAMP.test(text)) return DROP;
  if (text.length < 300 && CREDIT_LINE.test(text) && !TWO_SENTENCES.test(text)) return DROP;
  if (text.length < 80 && isAgencyCredit(text)) return DROP;
  if (text.length < 700 && !DATA_CELL.has(b.tag) && TRAILING_CREDIT.test(text)) return DROP;
  if (text.length < 16 && !heading && !DATA_CELL.has(b.tag) && COUNTER.test(text)) return DROP;
  if (text.length < 100 && CJK_CAPTION.test(text)) return DROP;
  if (position === 0 && !heading && text.length < 25 && KICKER.test(text)) return DROP;
  if (text.length < 60 && DATE_ONLY.test(text)) return DROP;
  if (text.length < 100 && DATE_LINE.test(text) && text.split(' ').length <= 12) return DROP;
  // Time stamps on their own line ("Dec. 6, 2024, 10:00 PM UTC / Updated 12:43 PM UTC"); in tables and
  // lists dates are data.
  if (text.length < 100 && !DATA_CELL.has(b.tag) && /\d/.test(text) && /\p{L}/u.test(text) && text.replace(DATE_PIECES, '') === '') return DROP;
  // "[Read: …]", "[Get our newsletter]": bracketed lines with a link are promos set into the story.
  if (b.linkChars > 0 && text.length < 300 && BRACKETED.test(text)) return DROP;
  // "By Jane Doe, Reuters" near the top; "By Monday, the city had reopened." is a sentence, not a byline.
  if (position < 3 && text.length < 80 && BYLINE.test(text) && !/[.!?]$/.test(text) && text.split(' ').length <= 10) return DROP;
  if (position < 3 && text.length < 200 && TIME_OR_DATE.test(text) && BYLINE_MARK.test(text) && !/[.!?]$/.test(text)) return DROP;
  if ((heading || position === 0) && titleKey && normalizeTitle(text) === titleKey) return DROP;
  if (b.tag === 'h1' && position === 0) return DROP;
  // Mostly-link lines are link lists ("see also", related headlines) unless they say more than the link.
  // An item of a list that is mostly prose is one point of the story, linked or not; a linked cell of a
  // table the story kept is data (link-heavy tables are dropped whole by the container rules).
  if (!inProseList && b.tag !== 'td' && b.tag !== 'th' && (b.linkChars > text.length * 0.85 || (b.linkChars > text.length * 0.6 && text.length < 60))) {
    if (!heading) return DROP;
    // Headings linked to their own anchor (permalinks, table-of-contents back links) are still headings.
    return onlyAnchorLinks(b.el) ? KEEP : KEEP_IF_PROSE_FOLLOWS;
  }
  return KEEP;
}
