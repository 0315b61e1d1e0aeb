/**
 * Leftovers: resources lb-plan owns for a load balancer that no manifest of the run declares — the
 * old name after `metadata.name` was renamed, everything of a manifest that was deleted. They are
 * found in the live state the plans already read (no request of their own), reported, and never
 * changed: `lb-plan destroy --name NAME --project P` removes them, with its own confirmation.
 */
import type { LiveResource, LiveState } from '../gcp/read.js';
import { ownerOfBody } from '../model/names.js';
import { liveUsers } from './steps.js';

/** The resources one undeclared load balancer still owns in a project. */
export interface Orphans {
  readonly project: string;
  /** The load balancer name their ownership marker (or labels) records. */
  readonly name: string;
  /** Their addresses, sorted: `backendService/old-web`, `regionNetworkEndpointGroup/us-central1/…`. */
  readonly resources: readonly string[];
  /** The command that removes them (only what that load balancer owns). */
  readonly destroy: string;
  /**
   * Set when all that is left are reserved addresses (what `destroy --keep` leaves): they are kept,
   * not forgotten — `destroy` would release their IPs. Each with the IP it holds.
   */
  readonly kept?: readonly { readonly address: string; readonly ip: string }[];
  /**
   * NEGs and certificates no marker owns (they cannot carry one; metadata.adopt may list them)
   * that only these resources use: `destroy --name` cannot know them, so they stay behind. Each with
   * the gcloud command that deletes it once its users are gone.
   */
  readonly leftBehind?: readonly { readonly address: string; readonly delete: string }[];
}

/** A load balancer a manifest of the run declares: its name in its project. */
export interface Declared {
  readonly project: string;
  readonly name: string;
}

/** `lb-plan destroy --name NAME --project P`: what removes a load balancer without its manifest. */
/**
 * Why no orphans were looked for: `failed` manifests could not be planned, so their load balancers cannot be
 * told from leftovers. One sentence for the CLI and the Action.
 */
export function orphansNotLookedFor(failed: number): string {
  const one = failed === 1;
  return `Orphaned resources were not looked for: ${failed} manifest${one ? '' : 's'} could not be planned, so ${one ? 'its load balancer' : 'their load balancers'} could not be told from leftovers.`;
}

export function destroyByNameCommand(name: string, project: string): string {
  return `lb-plan destroy --name ${name} --project ${project}`;
}

/** The gcloud command that deletes a NEG or certificate lb-plan cannot delete itself (it does not own it). */
export function gcloudDelete(r: LiveResource, project: string): string {
  if (r.kind === 'regionNetworkEndpointGroup') return `gcloud compute network-endpoint-groups delete ${r.name} --region=${r.scope.type === 'region' ? r.scope.region : '?'} --project=${project}`;
  return `gcloud compute ssl-certificates delete ${r.name} --global --project=${project}`;
}

/**
 * Unmarked NEGs and certificates whose users (at least one) are all in `going`: what deleting
 * `going` leaves behind, since lb-plan owns those only by listing, if at all.
 */
export function leftBehindBy(going: ReadonlySet<string>, live: LiveState, users: ReadonlyMap<string, ReadonlySet<string>> = liveUsers(live)): { address: string; delete: string }[] {
  const out: { address: string; delete: string }[] = [];
  for (const r of live.resources.values()) {
    if ((r.kind !== 'regionNetworkEndpointGroup' && r.kind !== 'sslCertificate') || going.has(r.address) || ownerOfBody(r.kind, r.body) !== undefined) continue;
    const using = [...(users.get(r.address) ?? [])];
    if (using.length > 0 && using.every((u) => going.has(u))) out.push({ address: r.address, delete: gcloudDelete(r, live.project) });
  }
  return out.sort((a, b) => a.address.localeCompare(b.address));
}

/**
 * Every load balancer that owns resources in the projects read but is declared by no manifest of
 * the run, by project then name. Ownership is `ownerOfBody`'s: the description marker, or the
 * labels of the kinds whose description is fixed — the same test destroy uses to decide what it may
 * delete, so what is reported here is exactly what `destroy --name` would remove.
 */
export function findOrphans(states: Iterable<LiveState>, declared: Iterable<Declared>): Orphans[] {
  const wanted = new Set([...declared].map((d) => `${d.project}\u0000${d.name}`));
  const byProject = new Map<string, LiveState>();
  for (const s of states) if (!byProject.has(s.project)) byProject.set(s.project, s);
  const found = new Map<string, { project: string; name: string; resources: string[]; ips: Map<string, string> }>();
  for (const [project, state] of byProject) {
    for (const r of state.resources.values()) {
      const owner = ownerOfBody(r.kind, r.body);
      if (owner === undefined || wanted.has(`${project}\u0000${owner}`)) continue;
      const key = `${project}\u0000${owner}`;
      const entry = found.get(key) ?? { project, name: owner, resources: [], ips: new Map<string, string>() };
      entry.resources.push(r.address);
      if (r.kind === 'globalAddress') entry.ips.set(r.address, typeof r.body.address === 'string' ? r.body.address : 'no IP');
      found.set(key, entry);
    }
  }
  return [...found.values()]
    .map(({ ips, ...o }) => {
      // Sorted first: the kept addresses are listed in the same order as the resources.
      const resources = [...o.resources].sort();
      const behind = leftBehindBy(new Set(resources), byProject.get(o.project)!);
      const kept = ips.size === resources.length ? { kept: resources.map((address) => ({ address, ip: ips.get(address)! })) } : {};
      return { ...o, resources, destroy: destroyByNameCommand(o.name, o.project), ...kept, ...(behind.length ? { leftBehind: behind } : {}) };
    })
    .sort((a, b) => a.project.localeCompare(b.project) || a.name.localeCompare(b.name));
}
