/**
 * GitHub's own workflow and action parser (`@actions/workflow-parser`, the one behind the Actions
 * language service), loaded for the tests. It imports its JSON schemas without import attributes,
 * which Node 20 refuses, so it is bundled once with esbuild (which inlines them) and imported from
 * the bundle.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a parse found wrong: GitHub's messages, empty when the file is valid. */
export interface ParseReport {
  readonly errors: readonly string[];
}

interface ParserModule {
  parseWorkflow(file: { name: string; content: string }, trace: unknown): { value?: unknown; context: { errors: { getErrors(): { message: string }[] } } };
  parseAction(file: { name: string; content: string }, trace: unknown): { value?: unknown; context: { errors: { getErrors(): { message: string }[] } } };
  convertWorkflowTemplate(context: unknown, root: unknown): Promise<{ errors?: { Message: string }[] }>;
  NoOperationTraceWriter: new () => unknown;
}

let loaded: Promise<ParserModule> | undefined;

function load(): Promise<ParserModule> {
  loaded ??= (async () => {
    const contents = "export * from '@actions/workflow-parser'; export { parseAction } from '@actions/workflow-parser/actions/action-parser';";
    const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
    const file = join(mkdtempSync(join(tmpdir(), 'lb-plan-workflow-parser-')), 'parser.mjs');
    writeFileSync(file, out.outputFiles[0]!.text);
    return (await import(pathToFileURL(file).href)) as ParserModule;
  })();
  return loaded;
}

/** Parses a workflow as GitHub does — YAML, the workflow schema, expressions — then converts it (jobs, steps, needs), as the runner would. */
export async function parseWorkflowText(name: string, content: string): Promise<ParseReport> {
  const p = await load();
  const parsed = p.parseWorkflow({ name, content }, new p.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length || parsed.value === undefined) return { errors: errors.length ? errors : ['no workflow'] };
  const template = await p.convertWorkflowTemplate(parsed.context, parsed.value);
  return { errors: (template.errors ?? []).map((e) => e.Message) };
}

/** Parses an action.yml as GitHub does (the action schema). */
export async function parseActionText(name: string, content: string): Promise<ParseReport> {
  const p = await load();
  const parsed = p.parseAction({ name, content }, new p.NoOperationTraceWriter());
  return { errors: parsed.context.errors.getErrors().map((e) => e.message) };
}
