/**
 * Live state written by hand, as src/gcp/read.ts records what GCP answers: for unit tests of the plan stages
 * that take a LiveState without reading one over HTTP.
 */
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import type { ResourceKind } from '../../src/model/kinds.js';

/** A live resource: its address from kind, region (regional kinds) and name; GCP's body holds the name too. */
export function liveResource(kind: ResourceKind, name: string, body: Record<string, unknown>, region?: string): LiveResource {
  return { address: region ? `${kind}/${region}/${name}` : `${kind}/${name}`, kind, scope: region ? { type: 'region', region } : { type: 'global' }, name, body: { name, ...body } };
}

/** A project's live state holding `resources`, as read in `requests` list requests. */
export function liveState(resources: readonly LiveResource[], { project = 'p', requests = 0 }: { project?: string; requests?: number } = {}): LiveState {
  return { project, resources: new Map(resources.map((r) => [r.address, r])), requests };
}
