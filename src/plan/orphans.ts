/**
 * Leftovers: resources lb-plan owns for a load balancer that no manifest of the run declares — the
 * old name after `metadata.name` was renamed, everything of a manifest that was deleted. They are
 * found in the live state the plans already read (no request of their own), reported, and never
 * changed: `lb-plan destroy --name NAME --project P` removes them, with its own confirmation.
 */
import type { LiveState } from '../gcp/read.js';
import { ownerOfBody } from '../model/names.js';

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
}

/** A load balancer a manifest of the run declares: its name in its project. */
export interface Declared {
  readonly project: string;
  readonly name: string;
}

/** `lb-plan destroy --name NAME --project P`: what removes a load balancer without its manifest. */
export function destroyByNameCommand(name: string, project: string): string {
  return `lb-plan destroy --name ${name} --project ${project}`;
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
    .map(({ ips, ...o }) => ({ ...o, resources: o.resources.sort(), destroy: destroyByNameCommand(o.name, o.project), ...(ips.size === o.resources.length ? { kept: o.resources.map((address) => ({ address, ip: ips.get(address)! })) } : {}) }))
    .sort((a, b) => a.project.localeCompare(b.project) || a.name.localeCompare(b.name));
}
