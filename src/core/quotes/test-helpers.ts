/**
 * For the quotes tests only: entities shaped as the tagger gives them, and a compact view of quotes.
 */
import type { Entity, Quote } from '../types.ts';

/**
 * One entity per `[canonical name, ...other forms]`; every occurrence of each form is a mention, longest
 * form first, never overlapping. A name written `org:Name` is an organization, any other a person.
 */
export function ents(paragraphs: string[], ...names: [string, ...string[]][]): Entity[] {
  return names.map(([name, ...forms], k) => {
    const type: Entity['type'] = name.startsWith('org:') ? 'organization' : 'person';
    const canon = name.replace(/^org:/, '');
    const mentions: Entity['mentions'] = [];
    paragraphs.forEach((text, paragraph) => {
      for (const form of [canon, ...forms].sort((a, b) => b.length - a.length)) {
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
          if (!mentions.some((m) => m.paragraph === paragraph && m.start < i + form.length && i < m.end)) mentions.push({ text: form, paragraph, start: i, end: i + form.length });
        }
      }
    });
    return { id: `e${k}`, name: canon, type, mentions };
  });
}

/** "speaker <= quote" per quote, in order. */
export const said = (qs: Quote[]): string[] => qs.map((q) => `${q.speaker} <= ${q.text}`);
