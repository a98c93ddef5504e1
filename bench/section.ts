/** One part of BENCHMARKS.md, produced by one bench module. */
export interface BenchSection {
  /** Heading, e.g. "Article extraction". */
  title: string;
  /** Markdown body: tables of our figures beside the peers' figures from the same run. */
  markdown: string;
  /** Headline figures by name, for the summary table and for regression checks. */
  figures: Record<string, number>;
}

/** Runs a bench module's default export and prints it when the file is executed directly. */
export async function printWhenMain(meta: ImportMeta, run: () => Promise<BenchSection>): Promise<void> {
  const main = process.argv[1] && new URL(meta.url).pathname === (await import('node:fs')).realpathSync(process.argv[1]);
  if (!main) return;
  const section = await run();
  console.log(`## ${section.title}\n\n${section.markdown}\n`);
  console.log(JSON.stringify(section.figures, null, 2));
}

/**
 * Replaces (or appends) one marked section of BENCHMARKS.md, leaving every other section as it was,
 * so benches and the test suite can each refresh their own figures.
 */
export async function writeSection(name: string, body: string): Promise<void> {
  const { existsSync, readFileSync, writeFileSync } = await import('node:fs');
  const mark = `<!-- bench:${name} -->`;
  const block = `${mark}\n${body.trim()}\n${mark}\n`;
  let doc = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '# Benchmarks\n\n';
  const start = doc.indexOf(mark);
  const end = start < 0 ? -1 : doc.indexOf(mark, start + mark.length);
  doc = end > 0 ? doc.slice(0, start) + block + doc.slice(end + mark.length + 1) : `${doc.trimEnd()}\n\n${block}`;
  writeFileSync('BENCHMARKS.md', doc);
}
