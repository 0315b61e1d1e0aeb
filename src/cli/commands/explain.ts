/**
 * `lb-plan explain URL [FILE | --project P --url-map NAME]`: where a request goes, from the
 * manifest (compiled, no GCP call) or from the live URL map. The matching is src/routing's.
 */
import { compile } from '../../compile/index.js';
import { describeError } from '../../gcp/errors.js';
import { readLive } from '../../gcp/read.js';
import { formatDiagnostic } from '../../manifest/diagnostic.js';
import { loadManifest } from '../../manifest/load.js';
import { explainThroughFrontend, explainUrl, routingView, type FrontendExplanation } from '../../routing/explain.js';
import { renderExplainJson, renderExplainText } from '../../routing/render.js';
import { parseRequestUrl, type RequestUrl } from '../../routing/url.js';
import { UsageError, type CliIo } from '../io.js';
import { openCloud, type CloudOptions } from './cloud.js';

export interface ExplainOptions extends CloudOptions {
  readonly urlMap?: string;
  readonly format: 'text' | 'json';
}

/** Adds `explain` to the program. */
export async function explainCommand(url: string, file: string | undefined, o: ExplainOptions, io: CliIo): Promise<number> {
  const parsed = parseRequestUrl(url, { assumeHttps: true });
  if (!parsed.ok) throw new UsageError(parsed.reason);
  let result: FrontendExplanation | number;
  if (file !== undefined) {
    if (o.urlMap) throw new UsageError('give either a manifest FILE or --url-map NAME (the live URL map), not both');
    if (o.computeEndpoint || o.emulator) throw new UsageError('a manifest is explained without calling Compute: drop --compute-endpoint and --emulator, or use --url-map NAME to read the live URL map');
    result = fromManifest(file, parsed.request, o, io);
  } else {
    if (!o.urlMap) throw new UsageError('explain needs a manifest FILE, or --url-map NAME and --project ID to read the live URL map');
    if (!o.project) throw new UsageError('--url-map needs --project ID: the project of the live URL map');
    result = await fromLive(o.urlMap, o.project, parsed.request, o, io);
  }
  if (typeof result === 'number') return result;
  io.stdout(o.format === 'json' ? renderExplainJson(result) : renderExplainText(result));
  return 0;
}

/** From the manifest: compiled as apply would send it, followed through its frontend. */
function fromManifest(file: string, req: RequestUrl, o: ExplainOptions, io: CliIo): FrontendExplanation | number {
  const loaded = loadManifest(file);
  if (loaded.diagnostics.length) io.stderr(loaded.diagnostics.map(formatDiagnostic).join('\n') + '\n');
  if (!loaded.manifest) return 1;
  // Routing needs no real project, only one to write links with: a manifest without one (given by
  // --project where it is used) is explained under a placeholder.
  const project = o.project ?? loaded.manifest.metadata.project ?? 'project-not-set';
  const manifest = { ...loaded.manifest, metadata: { ...loaded.manifest.metadata, project } };
  const compiled = compile(manifest, { files: loaded.files, secrets: new Map() });
  const view = routingView(
    compiled.project,
    compiled.resources.map((r) => ({ kind: r.kind, scope: r.scope, name: r.name, body: r.body, ...(r.kind === 'backendService' && r.source[0] === 'backends' ? { backend: String(r.source[1]) } : {}) })),
  );
  return explainThroughFrontend(view, req);
}

/** From live state: one list per kind, then the named URL map. */
async function fromLive(urlMap: string, project: string, req: RequestUrl, o: ExplainOptions, io: CliIo): Promise<FrontendExplanation | number> {
  const cloud = await openCloud(o, io);
  try {
    const onRetry = (attempt: number, delayMs: number, e: unknown): void => io.stderr(`retrying in ${(delayMs / 1000).toFixed(1)}s (attempt ${attempt}): ${describeError(e)}\n`);
    const live = await readLive(cloud.clients, project, { firstContact: true, onRetry });
    const step = explainUrl(routingView(project, live.resources.values()), urlMap, req);
    if (!step) {
      io.stderr(`Error: URL map ${urlMap} not found in project ${project} (read from ${cloud.where})\n`);
      return 1;
    }
    return { url: req.url, steps: [step], notes: [] };
  } catch (e) {
    io.stderr(`Error: ${describeError(e)}\n`);
    return 1;
  } finally {
    await cloud.close();
  }
}
