/**
 * The GitHub Action entry: inputs → settings → the same library calls as the CLI.
 * For now it validates the manifests (annotations at file:line, a job summary, outputs);
 * planning and applying come with the plan and apply work.
 */
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { relative } from 'node:path';
import { loadManifest } from '../manifest/load.js';
import { formatPath } from '../manifest/diagnostic.js';

async function main(): Promise<void> {
  const patterns = core.getInput('manifests', { required: true });
  const globber = await glob.create(patterns, { matchDirectories: false });
  const files = (await globber.glob()).map((f) => relative(process.cwd(), f)).sort();
  if (files.length === 0) {
    core.setOutput('failure-reason', 'validation');
    core.setFailed(`no manifest matches ${JSON.stringify(patterns)}`);
    return;
  }
  let errors = 0;
  const rows: string[] = [];
  for (const file of files) {
    const loaded = loadManifest(file);
    for (const d of loaded.diagnostics) {
      const props = { file: d.file, startLine: d.line, startColumn: d.column, title: `lb-plan: ${formatPath(d.path)}` };
      if (d.severity === 'error') {
        errors++;
        core.error(d.message, props);
      } else core.warning(d.message, props);
    }
    const n = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    rows.push(`| \`${file}\` | ${n === 0 ? '✅ valid' : `❌ ${n} error${n === 1 ? '' : 's'}`} |`);
  }
  await core.summary.addRaw(`## lb-plan validate\n\n| Manifest | Result |\n| --- | --- |\n${rows.join('\n')}\n`).write();
  core.setOutput('valid', String(errors === 0));
  if (errors > 0) {
    core.setOutput('failure-reason', 'validation');
    core.setFailed(`${errors} manifest error${errors === 1 ? '' : 's'}`);
  }
}

main().catch((e: unknown) => core.setFailed(e instanceof Error ? e.message : String(e)));
