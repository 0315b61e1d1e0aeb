/**
 * The GitHub Action entry: inputs → settings → the library, via runAction. Catches once.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import * as glob from '@actions/glob';
import { relative } from 'node:path';
import { tmpdir } from 'node:os';
import { formatPath } from '../manifest/diagnostic.js';
import { workspaceDir } from '../manifest/files.js';
import { describeGitHubError, GitHub } from './github.js';
import { runAction, type ActionIo } from './run.js';
import { InputError, readSettings } from './settings.js';

const io: ActionIo = {
  setOutput: (name, value) => core.setOutput(name, value),
  annotate: (d) => {
    const props = { file: d.file, startLine: d.line, startColumn: d.column, title: `lb-plan: ${formatPath(d.path)}` };
    if (d.severity === 'error') core.error(d.message, props);
    else core.warning(d.message, props);
  },
  info: (t) => core.info(t),
  notice: (t) => core.notice(t),
  warning: (t) => core.warning(t),
  summary: async (md) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(md).write();
  },
  fail: (m) => core.setFailed(m),
  mask: (value) => core.setSecret(value),
};

async function main(): Promise<void> {
  const settings = readSettings((name) => core.getInput(name));
  if (settings.githubToken) io.mask(settings.githubToken);
  const globber = await glob.create(settings.manifests, { matchDirectories: false });
  const files = (await globber.glob()).map((f) => relative(process.cwd(), f)).sort();
  if (files.length === 0) {
    core.setOutput('failure-reason', 'validation');
    core.setFailed(`no manifest matches ${JSON.stringify(settings.manifests)}`);
    return;
  }
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const gh = settings.githubToken && owner && repo ? new GitHub(settings.githubToken, owner, repo, settings.label, settings.commentAuthor) : undefined;
  const ctx = github.context;
  await runAction(
    settings,
    files,
    {
      eventName: ctx.eventName,
      payload: ctx.payload as Readonly<Record<string, unknown>>,
      sha: ctx.sha,
      ref: ctx.ref,
      runnerTemp: process.env.RUNNER_TEMP ?? tmpdir(),
      runUrl: process.env.GITHUB_RUN_ID ? `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}` : undefined,
      env: process.env,
      workspace: workspaceDir(process.env),
      actor: process.env.GITHUB_ACTOR || undefined,
    },
    gh,
    io,
  );
}

main().catch((e: unknown) => {
  if (e instanceof InputError) core.setFailed(e.message);
  else {
    core.setOutput('failure-reason', 'api-error');
    core.setFailed(`api-error: ${describeGitHubError(e)}`);
  }
});
