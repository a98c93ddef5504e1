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
