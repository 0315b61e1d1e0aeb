/**
 * The README's sample outputs, made by running the CLI (from src/) on the examples against the
 * built-in emulator, so they cannot drift from what lb-plan prints. Each sample sits between
 * `<!-- sample: NAME -->` and `<!-- /sample: NAME -->` in README.md.
 *
 *   npm run readme:samples           rewrite the samples in README.md
 *   npm run readme:samples -- --check  exit 1 and name the stale ones (test/readme-samples.test.ts does the same)
 *
 * Outputs are made deterministic here: a fresh emulator state in a scratch folder (so addresses and
 * names are the same every run), no colour, and what varies from run to run — durations, and the
 * order of parallel steps' progress lines — is normalized (see `normalize`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../src/cli/main.js';

/** A change made to a scratch copy of an example before a sample's commands run; shown as a diff above them. */
export interface Edit {
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

export interface Sample {
  readonly name: string;
  readonly edit?: Edit;
  /** An example shown whole (a YAML block) above the commands, so the README cannot show a stale copy of it. */
  readonly show?: string;
  /** The fence of the block: a terminal session, or a Mermaid diagram GitHub draws. */
  readonly fence: 'console' | 'mermaid';
  /** Commands, as typed after `npx lb-plan`, run in order in one scratch folder (emulator state shared across samples). */
  readonly commands: readonly (readonly string[])[];
}

/** In README order of running: each builds on the emulator state the previous ones left. */
export const SAMPLES: readonly Sample[] = [
  { name: 'shop', fence: 'console', show: 'examples/shop.yaml', commands: [['plan', 'examples/shop.yaml', '--emulator']] },
  { name: 'validate', fence: 'console', commands: [['validate', 'examples/multi-region.yaml', 'examples/broken/typos.yaml']] },
  { name: 'apply', fence: 'console', commands: [['apply', 'examples/multi-region.yaml', '--emulator', '--auto-approve'], ['plan', 'examples/multi-region.yaml', '--emulator']] },
  { name: 'graph', fence: 'mermaid', commands: [['graph', 'examples/multi-region.yaml']] },
  {
    name: 'plan',
    fence: 'console',
    edit: {
      file: 'examples/multi-region.yaml',
      from: '      - region: europe-west1\n        cloudRun: { service: helloworld }\n',
      to: '      - region: europe-west1\n        cloudRun: { service: helloworld }\n      - region: asia-northeast1\n        cloudRun: { service: helloworld }\n    cdn: true\n',
    },
    commands: [['plan', 'examples/multi-region.yaml', '--emulator']],
  },
  {
    name: 'explain',
    fence: 'console',
    commands: [
      ['explain', 'https://test.example.com/home/login/web', 'examples/url-mask-cloud-run.yaml'],
      ['explain', 'https://example.com/login/web', 'examples/url-mask-cloud-run.yaml'],
    ],
  },
];

const PROGRESS = /^[a-zA-Z]+\/\S+: .*(…|done( \[[^\]]*\])?|\[\d+s elapsed\])$/;

/**
 * What varies between runs, made stable: the per-step progress lines of an apply (steps of one wave
 * finish in any order) become one line saying what they are; durations become `…`.
 */
export function normalize(output: string): string {
  const lines = output.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (PROGRESS.test(line)) {
      if (!PROGRESS.test(out[out.length - 1] ?? '') && out[out.length - 1] !== PROGRESS_NOTE) out.push(PROGRESS_NOTE);
      continue;
    }
    out.push(line.replace(/, in \d+(\.\d+)?(ms|s)\./, ', in ….'));
  }
  return out.join('\n');
}

const PROGRESS_NOTE = '… a line as each step starts and as it ends (steps of one wave in parallel, in any order) …';

/** Runs one command in-process, stdout and stderr in the order written. */
async function lbPlan(args: readonly string[]): Promise<string> {
  let out = '';
  const write = (t: string): void => void (out += t);
  await run(args, { stdout: write, stderr: write, env: { NO_COLOR: '1' }, isTTY: false });
  return out;
}

/** Every sample's block (fence included), made in a scratch copy of the examples. */
export async function makeSamples(root = process.cwd()): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-readme-'));
  cpSync(resolve(root, 'examples'), join(dir, 'examples'), { recursive: true });
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const blocks = new Map<string, string>();
    for (const s of SAMPLES) {
      const parts: string[] = [];
      const diff = s.edit ? applyEdit(s.edit) : undefined;
      for (const args of s.commands) {
        const output = normalize(await lbPlan(args)).trimEnd();
        parts.push(s.fence === 'console' ? `$ npx lb-plan ${args.join(' ')}\n${output}` : output);
      }
      const block = ['```' + s.fence, ...parts, '```'].join('\n');
      const shown = s.show ? ['```yaml', `# ${s.show}`, readFileSync(s.show, 'utf8').trimEnd(), '```'].join('\n') : undefined;
      blocks.set(s.name, [diff, shown, block].filter((b) => b !== undefined).join('\n\n'));
    }
    return blocks;
  } finally {
    process.chdir(previous);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Makes the edit in the scratch copy; the change as a Markdown diff block (a few lines of context). */
function applyEdit(edit: Edit): string {
  const text = readFileSync(edit.file, 'utf8');
  const at = text.indexOf(edit.from);
  if (at < 0) throw new Error(`readme samples: ${edit.file} no longer contains the text the edit replaces`);
  writeFileSync(edit.file, text.slice(0, at) + edit.to + text.slice(at + edit.from.length));
  const before = text.slice(0, at).split('\n').slice(-3, -1).map((l) => `  ${l}`);
  const from = edit.from.trimEnd().split('\n');
  const to = edit.to.trimEnd().split('\n');
  const kept = from.filter((l, i) => to[i] === l).map((l) => `  ${l}`);
  const added = to.slice(kept.length).map((l) => `+ ${l}`);
  const removed = from.slice(kept.length).map((l) => `- ${l}`);
  return ['```diff', `# ${edit.file}`, ...before, ...kept, ...removed, ...added, '```'].join('\n');
}

const marker = (name: string): [string, string] => [`<!-- sample: ${name} -->`, `<!-- /sample: ${name} -->`];

/** The README with each sample's block put between its markers; the names whose markers are missing. */
export function withSamples(readme: string, blocks: ReadonlyMap<string, string>): { text: string; missing: string[] } {
  let text = readme;
  const missing: string[] = [];
  for (const [name, block] of blocks) {
    const [open, close] = marker(name);
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 || end < start) {
      missing.push(name);
      continue;
    }
    text = `${text.slice(0, start + open.length)}\n${block}\n${text.slice(end)}`;
  }
  return { text, missing };
}

/** The samples in the README now, by name, as written between the markers. */
export function currentSamples(readme: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const s of SAMPLES) {
    const [open, close] = marker(s.name);
    const start = readme.indexOf(open);
    const end = readme.indexOf(close);
    if (start >= 0 && end > start) found.set(s.name, readme.slice(start + open.length, end).trim());
  }
  return found;
}

async function main(): Promise<void> {
  const file = resolve('README.md');
  const readme = readFileSync(file, 'utf8');
  const blocks = await makeSamples();
  const { text, missing } = withSamples(readme, blocks);
  if (missing.length) {
    console.error(`README.md has no markers for: ${missing.join(', ')} (add <!-- sample: NAME --> and <!-- /sample: NAME --> where each goes)`);
    process.exitCode = 1;
    return;
  }
  if (process.argv.includes('--check')) {
    const now = currentSamples(readme);
    const stale = [...blocks].filter(([name, block]) => now.get(name) !== block).map(([name]) => name);
    if (stale.length) {
      console.error(`README.md samples are stale: ${stale.join(', ')}; run npm run readme:samples`);
      process.exitCode = 1;
    }
    return;
  }
  if (text !== readme) writeFileSync(file, text);
  console.log(text === readme ? 'README.md samples are current' : `README.md samples rewritten: ${[...blocks.keys()].join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
