/**
 * `lb-plan import`, as a stage: find the load balancer in live state → build its manifest → write
 * it (with the adopt comments and what could not be expressed) → check it plans to ownership only.
 * Pure over the live state read once with one list per kind; the CLI reads files and prints.
 */
import type { LiveState } from '../gcp/read.js';
import { writeManifest } from '../manifest/write.js';
import { ownerOfBody } from '../model/names.js';
import { buildManifest, type Built } from './build.js';
import { checkImport } from './check.js';
import { unexpectedShapes } from './fields.js';
import { findLoadBalancer } from './find.js';
import { ImportError, type Finding, type ImportStart } from './types.js';

export { ImportError, type Finding, type ImportStart } from './types.js';

export interface ImportRequest {
  readonly live: LiveState;
  readonly start: ImportStart;
  readonly name?: string;
  /** Self-managed certificates whose chain the user passed: name → path as the manifest writes it. */
  readonly certificateFiles?: ReadonlyMap<string, string>;
  /** Where the manifest will be written (relative paths in it resolve from its folder). */
  readonly file: string;
}

export interface ImportResult {
  readonly text: string;
  readonly built: Built;
  /** What the manifest cannot express (marked at the top of the file). */
  readonly findings: readonly Finding[];
  /** What planning the written manifest against the state read shows beyond taking ownership. */
  readonly problems: readonly string[];
  /** The problems among them --allow-partial never tolerates (a create, replace or delete; an invalid manifest). */
  readonly blocking: readonly string[];
  /** A live resource another load balancer with the manifest's name owns (see `nameTakenBy`): the CLI refuses the name. */
  readonly nameTaken?: string;
}

/** The comment lines at the top of a partial import. */
function header(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  const expressible = findings.filter((f) => !f.unknownField);
  const unknown = findings.filter((f) => f.unknownField);
  return [
    'PARTIAL IMPORT: the live load balancer has what this manifest cannot express.',
    'Applying it would drop or change these (lb-plan import exits 1 unless --allow-partial):',
    ...expressible.map((f) => `- ${f.where}: ${f.what}`),
    ...(unknown.length > 0 ? ['Fields newer than lb-plan\'s Compute contract (a full update would not carry them back):', ...unknown.map((f) => `- ${f.where}`)] : []),
    '',
  ];
}

export function importLoadBalancer(req: ImportRequest): ImportResult {
  const unexpected = unexpectedShapes(req.live.resources.values());
  if (unexpected.length > 0) throw new ImportError(unexpected.join('\n'));
  const found = findLoadBalancer(req.live, req.start);
  const built = buildManifest(req.live, found, { project: req.live.project, ...(req.name ? { name: req.name } : {}), ...(req.certificateFiles ? { certificateFiles: req.certificateFiles } : {}) });
  const findings = dedupe(built.findings);
  const text = writeManifest(built.manifest, { header: header(findings), adopt: new Map(built.adopt.map((a) => [a.address, a.what])), beside: built.beside });
  const { problems, blocking } = checkImport(text, req.file, req.live, new Set(built.shared));
  const nameTaken = nameTakenBy(req.live, found.urlMap.name, built.manifest.metadata.name);
  return { text, built, findings, problems, blocking, ...(nameTaken !== undefined ? { nameTaken } : {}) };
}

/**
 * A live resource that another load balancer named `lb` already owns (its ownership marker or labels),
 * when the URL map imported is not that load balancer's own. Importing under that name would make
 * plan treat that load balancer's resources as this manifest's, and delete them.
 */
function nameTakenBy(live: LiveState, urlMap: string, lb: string): string | undefined {
  const map = live.resources.get(`urlMap/${urlMap}`);
  if (map && ownerOfBody(map.kind, map.body) === lb) return undefined;
  for (const r of live.resources.values()) if (ownerOfBody(r.kind, r.body) === lb) return r.address;
  return undefined;
}

function dedupe(findings: readonly Finding[]): Finding[] {
  return [...new Map(findings.map((f) => [`${f.where}|${f.what}`, f])).values()];
}
