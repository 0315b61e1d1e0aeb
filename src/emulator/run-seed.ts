/**
 * `lb-plan emulator --run-services FILE`: the Cloud Run services the emulator starts with, as a YAML
 * or JSON list. Every problem is reported at once, as FILE:LINE:COLUMN with the YAML path.
 *
 *   - name: helloworld                                  # Cloud Run service (or Cloud Run function) name
 *     region: us-central1
 *     ingress: INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER   # or all | internal | internal-and-cloud-load-balancing; default all
 *     tags: [test]                                      # traffic tags (optional)
 *     project: my-project                               # optional: without it, the service is in every project
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { INGRESS_VALUES, RUN_NAME, type SeedService } from './run.js';

/** gcloud's `--ingress` spellings → the v2 enum. */
const GCLOUD_INGRESS: Readonly<Record<string, string>> = {
  all: 'INGRESS_TRAFFIC_ALL',
  internal: 'INGRESS_TRAFFIC_INTERNAL_ONLY',
  'internal-and-cloud-load-balancing': 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER',
};
const KEYS = ['name', 'region', 'ingress', 'tags', 'project'];
const REGION = /^[a-z]+-[a-z]+[0-9]+$/;
const PROJECT = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;

export type SeedResult = { readonly ok: true; readonly services: readonly SeedService[] } | { readonly ok: false; readonly errors: readonly string[] };

/** Parses the text of a `--run-services` file named `file` (for messages). */
export function parseRunServices(file: string, text: string): SeedResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const errors: string[] = [];
  const at = (node: Node | null | undefined, path: string, message: string): void => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    errors.push(`${file}:${pos.line}:${pos.col}: ${path ? `${path}: ` : ''}${message}`);
  };
  for (const e of doc.errors) at(undefined, '', e.message.split('\n')[0]!);
  if (errors.length) return { ok: false, errors };
  const root = doc.contents;
  if (!isSeq(root)) {
    at(root, '', 'must be a list of services (name, region, and optionally ingress, tags, project)');
    return { ok: false, errors };
  }
  const services: SeedService[] = [];
  const seen = new Set<string>();
  root.items.forEach((item, i) => {
    const path = `[${i}]`;
    if (!isMap(item)) return at(item as Node, path, 'must be a mapping with name and region');
    const get = (k: string): unknown => item.get(k);
    const node = (k: string): Node => (item.get(k, true) as Node | undefined) ?? item;
    for (const pair of item.items) {
      const k = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (!KEYS.includes(k)) at(pair.key as Node, `${path}.${k}`, `unknown key (allowed: ${KEYS.join(', ')})`);
    }
    const name = get('name');
    const region = get('region');
    if (typeof name !== 'string' || !RUN_NAME.test(name)) at(node('name'), `${path}.name`, 'must be a Cloud Run service name (lower-case letters, digits and hyphens, 1-63 characters, starting with a letter)');
    if (typeof region !== 'string' || !REGION.test(region)) at(node('region'), `${path}.region`, 'must be a region such as us-central1');
    const rawIngress = get('ingress');
    const ingress = rawIngress === undefined ? undefined : typeof rawIngress === 'string' ? (GCLOUD_INGRESS[rawIngress] ?? rawIngress) : '';
    if (ingress !== undefined && !(INGRESS_VALUES as readonly string[]).includes(ingress)) at(node('ingress'), `${path}.ingress`, `must be one of ${[...INGRESS_VALUES, ...Object.keys(GCLOUD_INGRESS)].join(', ')}`);
    const tags = get('tags');
    const tagList = tags === undefined ? [] : isSeq(tags) ? tags.toJSON() as unknown[] : undefined;
    if (!tagList || tagList.some((t) => typeof t !== 'string' || !RUN_NAME.test(t))) at(node('tags'), `${path}.tags`, 'must be a list of tags (lower-case letters, digits and hyphens)');
    const project = get('project');
    if (project !== undefined && (typeof project !== 'string' || !PROJECT.test(project))) at(node('project'), `${path}.project`, 'must be a project ID (6-30 lower-case letters, digits and hyphens)');
    const id = `${String(project ?? '*')}|${String(region)}|${String(name)}`;
    if (seen.has(id)) at(item, path, `lists ${String(name)} in ${String(region)} twice`);
    seen.add(id);
    if (typeof name === 'string' && typeof region === 'string') services.push({ name, region, ...(typeof project === 'string' ? { project } : {}), ...(ingress ? { ingress } : {}), tags: (tagList ?? []).map(String) });
  });
  return errors.length ? { ok: false, errors } : { ok: true, services };
}
