/**
 * Markdown export: one section per article (its title linked to the page), each note as the quote in a
 * blockquote, then the reader's words, then tags as #tags, so the file reads well in Obsidian and
 * any other Markdown editor. Page text is escaped; the reader's own words are kept as written.
 */
import { byCreation } from './lede-json.ts';
import type { Note } from './types.ts';

/** Escapes characters that would turn page text into Markdown structure or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3');
}

function linkTarget(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url;
}

/**
 * Obsidian tags hold letters, digits, `_`, `-` and `/`, and at least one non-digit: anything else becomes
 * a hyphen, so a tag never turns into markup.
 */
function hashTag(tag: string): string {
  const clean = tag.replace(/[^\p{L}\p{N}_\-/]+/gu, '-').replace(/^-+|-+$/g, '') || 'tag';
  return `#${/^\d+$/.test(clean) ? `tag-${clean}` : clean}`;
}

/** The reader's words stay Markdown, but raw HTML (from an imported file, say) is shown, not rendered. */
function readerWords(body: string): string {
  return body.trim().replace(/</g, '\\<');
}

function blockquote(text: string): string {
  return text.split(/\r?\n/).map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>')).join('\n');
}

function noteSection(note: Note): string {
  const parts = [blockquote(note.exact)];
  if (note.body.trim()) parts.push(readerWords(note.body));
  const meta: string[] = [`${note.layer} · ${note.createdAt.slice(0, 10)}`];
  if (note.entities.length) meta.push(`about ${note.entities.map(escapeMarkdown).join(', ')}`);
  parts.push(`*${meta.join(' · ')}*`);
  if (note.tags.length) parts.push(note.tags.map(hashTag).join(' '));
  return parts.join('\n\n');
}

export function toMarkdown(notes: readonly Note[], exportedAt: string): string {
  const articles = new Map<string, Note[]>();
  for (const note of [...notes].sort(byCreation)) {
    const list = articles.get(note.canonicalUrl) ?? [];
    list.push(note);
    articles.set(note.canonicalUrl, list);
  }
  const out = [`# Lede notes`, `*Exported ${exportedAt.slice(0, 10)} · ${notes.length} notes from ${articles.size} articles*`];
  for (const [canonicalUrl, list] of articles) {
    const first = list[0]!;
    const title = escapeMarkdown(first.title.trim() || first.url);
    // The canonical address: the same article without the tracking parameters it was reached with.
    const link = /^https?:\/\//i.test(canonicalUrl) ? canonicalUrl : first.url;
    out.push(`## [${title}](${linkTarget(link)})`);
    if (first.site) out.push(`*${escapeMarkdown(first.site)}*`);
    for (const note of list) out.push(noteSection(note), '---');
  }
  return `${out.join('\n\n')}\n`;
}
