/**
 * The `lede` command-line tool, on the same core as the extension. Any failure ends with one line on
 * stderr and exit code 2, never a stack trace.
 */
import { InputError } from './errors.ts';

const USAGE = `usage:
  lede annotate FILE [--url URL] [--text]    annotation JSON of an HTML page or text (one paragraph per line)
  lede extract FILE.html [--url URL]         the article: title, byline, published, site, language, paragraphs
  lede extract --batch LIST.jsonl            one JSON line per {"id","html","url"} line, with timings
  lede eval ner FILE [--output PRED]         score the tagger on a CoNLL-style column file`;

type Command = (args: string[], out: (line: string) => void) => Promise<void>;

async function commandFor(argv: string[]): Promise<[Command, string[]]> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'annotate':
      return [(await import('./commands/annotate.ts')).run, rest];
    case 'extract':
      return [(await import('./commands/extract.ts')).run, rest];
    case 'eval':
      if (rest[0] === 'ner') return [(await import('./commands/eval-ner.ts')).run, rest.slice(1)];
      throw new InputError(`unknown evaluation "${rest[0] ?? ''}"\n${USAGE}`);
    default:
      throw new InputError(cmd ? `unknown command "${cmd}"\n${USAGE}` : USAGE);
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  try {
    const [command, args] = await commandFor(argv);
    const chunks: string[] = [];
    // Output is gathered and written in large pieces: one write per line is slow for --batch on big lists.
    const flush = () => {
      if (chunks.length) process.stdout.write(chunks.join(''));
      chunks.length = 0;
    };
    await command(args, (line) => {
      chunks.push(line + '\n');
      if (chunks.length >= 64) flush();
    });
    flush();
    return 0;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`lede: ${msg.split('\n')[0]}\n`);
    if (e instanceof InputError && msg.includes('\n')) process.stderr.write(msg.slice(msg.indexOf('\n') + 1) + '\n');
    // Whatever stopped us, the reader gets one line and the documented exit code for unusable input.
    return 2;
  }
}

// EPIPE (e.g. `lede … | head`) is the reader leaving, not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
