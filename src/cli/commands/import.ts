/**
 * `lb-plan import`: reads the live load balancer (one list per kind), writes its manifest, and says
 * what it could not express and what the manifest would change beyond ownership. Thin: the
 * decisions are in src/import/.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { describeError } from '../../gcp/errors.js';
import { readLive, type LiveState } from '../../gcp/read.js';
import { importLoadBalancer, ImportError, type ImportStart } from '../../import/index.js';
import { holdsPrivateKey, PEM_MAX_BYTES, readRegularFile, resolveWithin, workspaceDir } from '../../manifest/files.js';
import { visible } from '../../model/visible.js';
import { UsageError, type CliIo } from '../io.js';
import { openCloud, type CloudOptions } from './cloud.js';

export interface ImportOptions extends CloudOptions {
  readonly project: string;
  readonly urlMap?: string;
  readonly forwardingRule?: string;
  readonly address?: string;
  readonly out?: string;
  readonly name?: string;
  readonly certificate?: readonly string[];
  readonly allowPartial?: boolean;
}

function startOf(o: ImportOptions): ImportStart {
  const starts: ImportStart[] = [
    ...(o.urlMap !== undefined ? [{ kind: 'urlMap' as const, name: o.urlMap }] : []),
    ...(o.forwardingRule !== undefined ? [{ kind: 'forwardingRule' as const, name: o.forwardingRule }] : []),
    ...(o.address !== undefined ? [{ kind: 'address' as const, name: o.address }] : []),
  ];
  if (starts.length !== 1) throw new UsageError('import takes exactly one of --url-map, --forwarding-rule or --address.');
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(starts[0]!.name)) throw new UsageError(`"${starts[0]!.name.slice(0, 63)}" is not a GCP resource name.`);
  if (o.name !== undefined && !/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(o.name)) throw new UsageError(`--name "${o.name.slice(0, 63)}" must be a GCP resource name.`);
  return starts[0]!;
}

const normalizePem = (pem: string): string => pem.replace(/\r\n/g, '\n').trim();

/**
 * `--certificate NAME=PEMFILE`: the chain is read through the loader's safe readers (inside the
 * workspace, a regular file, at most the size a manifest may name), never a private key, and must be
 * the chain GCP holds for NAME. Returns name → path as the manifest writes it (from its folder).
 */
function certificateFiles(o: ImportOptions, live: LiveState, manifestDir: string, env: CliIo['env']): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of o.certificate ?? []) {
    const [name, path] = [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)];
    const where = resolveWithin(resolve(path), [workspaceDir(env)], 'the workspace');
    const read = where.ok ? readRegularFile(where.real, PEM_MAX_BYTES) : where;
    if (!read.ok) throw new UsageError(`--certificate ${name}: cannot read "${path}": ${read.reason}.`);
    if (holdsPrivateKey(read.text)) throw new UsageError(`--certificate ${name}: "${path}" holds a private key; pass the certificate chain only (the key is read at plan time from an environment variable).`);
    const cert = live.resources.get(`sslCertificate/${name}`);
    if (!cert || cert.body.type === 'MANAGED') throw new UsageError(`--certificate ${name}: project ${live.project} has no self-managed certificate "${name}".`);
    if (normalizePem(String(cert.body.certificate ?? '')) !== normalizePem(read.text)) throw new UsageError(`--certificate ${name}: "${path}" is not the chain GCP holds for "${name}".`);
    out.set(name, relative(manifestDir, resolve(path)).split(sep).join('/'));
  }
  return out;
}

/** `--out` is checked before the cloud is opened: a new file, in a folder that exists. */
function checkOut(out: string): void {
  if (existsSync(out)) throw new UsageError(`--out ${out} exists; lb-plan import does not overwrite a file: remove it or choose another name.`);
  const folder = dirname(resolve(out));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`--out ${out}: the folder ${folder} does not exist; create it first.`);
}

/** Writes the manifest as a new file; a failure is said plainly (the cloud was only read). */
function writeOut(out: string, text: string, io: CliIo): boolean {
  try {
    writeFileSync(out, text, { flag: 'wx' });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`Error: cannot write ${visible(out)}: ${code === 'EEXIST' ? 'it was created meanwhile; lb-plan import does not overwrite a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : visible(code ?? String(e))}.\n`);
    return false;
  }
}

export async function importCommand(o: ImportOptions, io: CliIo): Promise<number> {
  const start = startOf(o);
  if (o.out !== undefined) checkOut(o.out);
  const cloud = await openCloud(o, io);
  let live: LiveState;
  try {
    live = await readLive(cloud.clients, o.project, { firstContact: true });
  } catch (e) {
    io.stderr(`Error: ${visible(describeError(e))}\n`);
    return 1;
  } finally {
    await cloud.close();
  }
  const file = o.out ?? 'imported.yaml';
  const result = (() => {
    try {
      return importLoadBalancer({ live, start, file, ...(o.name ? { name: o.name } : {}), certificateFiles: certificateFiles(o, live, dirname(resolve(file)), io.env) });
    } catch (e) {
      if (e instanceof ImportError) return e;
      throw e;
    }
  })();
  if (result instanceof ImportError) {
    io.stderr(result.message.split('\n').map((l) => `Error: ${visible(l)}\n`).join(''));
    return 1;
  }
  if (result.nameTaken !== undefined) {
    const lb = result.built.manifest.metadata.name;
    throw new UsageError(`the name "${lb}" belongs to another load balancer (${result.nameTaken} carries its ownership): importing under it would make plan delete that load balancer's resources. Choose another --name.`);
  }
  if (o.out !== undefined && !writeOut(o.out, result.text, io)) return 1;
  else io.stdout(result.text);
  const { built, findings, problems, blocking } = result;
  const lines = [`Imported load balancer "${built.manifest.metadata.name}" from project ${o.project}: ${built.resources.length} resources, ${built.adopt.length} taken over through metadata.adopt.`];
  for (const e of built.env) lines.push(`Set ${e.name} before planning: ${e.holds}.`);
  if (findings.length > 0) {
    lines.push(`${o.allowPartial ? 'Warning' : 'Error'}: the manifest cannot express ${findings.length} thing${findings.length === 1 ? '' : 's'} of this load balancer (marked at the top of the file):`);
    lines.push(...findings.map((f) => `  - ${f.where}: ${f.what}`));
  }
  // With --allow-partial, what the partial manifest leaves out is expected: said, not failed on. A
  // create, replace or delete (or a manifest that does not plan) never is.
  const tolerated = o.allowPartial === true && findings.length > 0 && blocking.length === 0;
  if (problems.length > 0) lines.push(`${tolerated ? 'Warning' : 'Error'}: planning the written manifest against what was read shows more than taking ownership:`, ...problems.map((p) => `  - ${p}`));
  if (o.allowPartial === true && blocking.length > 0) lines.push('--allow-partial tolerates fields the manifest cannot express, never a create, replace or delete.');
  else if (problems.length === 0) lines.push('Checked: planning the written manifest against what was read shows only adopt (ownership: description marker and labels).');
  if (o.out !== undefined) lines.push(`Wrote ${o.out}. Next: lb-plan plan ${o.out}`);
  // Live names, descriptions and values reach these lines: never a raw control character on the terminal.
  io.stderr(lines.map(visible).join('\n') + '\n');
  return (problems.length > 0 && !tolerated) || (findings.length > 0 && !o.allowPartial) ? 1 : 0;
}
