import { formatDiagnostic } from '../../manifest/diagnostic.js';
import { loadManifest } from '../../manifest/load.js';
import { toDot, toJson, toMermaid, topology } from '../../graph/topology.js';
import type { CliIo } from '../io.js';

export type GraphFormat = 'mermaid' | 'dot' | 'json';

/** `lb-plan graph FILE`: the topology the manifest describes, without touching the cloud. */
export function graphCommand(file: string, options: { format: GraphFormat }, io: CliIo): number {
  const loaded = loadManifest(file);
  if (loaded.diagnostics.length) io.stderr(loaded.diagnostics.map(formatDiagnostic).join('\n') + '\n');
  if (!loaded.compiled) return 1;
  const t = topology(loaded.compiled);
  const render = { mermaid: toMermaid, dot: toDot, json: toJson }[options.format];
  io.stdout(render(t));
  return 0;
}
