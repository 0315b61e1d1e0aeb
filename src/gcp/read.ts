/**
 * Reading live state: one list call per resource kind (all pages), all kinds in parallel; NEGs in
 * every region with one aggregatedList. Never one GET per resource.
 */
import { resourceAddress, type Scope } from '../model/address.js';
import { KIND_INFO, KINDS, type ResourceKind } from '../model/kinds.js';
import type { ComputeClients } from './client.js';
import { describeError } from './errors.js';
import { pageTokens } from './pages.js';
import { retrying, type RetryPolicy } from './retry.js';

export type LiveBody = Readonly<Record<string, unknown>>;

export interface LiveResource {
  readonly address: string;
  readonly kind: ResourceKind;
  readonly scope: Scope;
  readonly name: string;
  readonly body: LiveBody;
}

export interface LiveState {
  readonly project: string;
  readonly resources: ReadonlyMap<string, LiveResource>;
  /** How many HTTP requests the read took. */
  readonly requests: number;
}

type Page = { data: { items?: unknown; nextPageToken?: string | null } };
type Lister = (params: Record<string, unknown>) => Promise<Page>;

async function allPages(list: Lister, params: Record<string, unknown>, count: () => void, policy: RetryPolicy): Promise<unknown[]> {
  const out: unknown[] = [];
  const tokens = pageTokens();
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = await retrying(() => {
      count();
      return list({ ...params, maxResults: 500, ...(token ? { pageToken: token } : {}) });
    }, policy);
    const items = page.data.items;
    if (Array.isArray(items)) out.push(...items);
    else if (items && typeof items === 'object') {
      // aggregatedList: { "regions/us-central1": { networkEndpointGroups: [...] }, ... }
      for (const [scope, scoped] of Object.entries(items as Record<string, Record<string, unknown>>)) {
        const list = scoped.networkEndpointGroups;
        if (scope.startsWith('regions/') && Array.isArray(list)) out.push(...list.map((x) => ({ ...(x as object), __region: scope.slice('regions/'.length) })));
      }
    }
    pageToken = tokens.next(page.data.nextPageToken);
  } while (pageToken);
  return out;
}

/** The kinds a summary after apply needs (IPs, ports, certificate status): the rest is known from the plan. */
export const OUTPUT_KINDS: readonly ResourceKind[] = ['globalForwardingRule', 'sslCertificate'];

/** Reads every resource of the kinds lb-plan manages in `project` (or only of `kinds`). */
export async function readLive(clients: ComputeClients, project: string, policy: RetryPolicy = {}, kinds: readonly ResourceKind[] = KINDS): Promise<LiveState> {
  let requests = 0;
  const count = (): void => void requests++;
  const resources = new Map<string, LiveResource>();
  await Promise.all(
    kinds.map(async (kind) => {
      const info = KIND_INFO[kind];
      // NEGs are read through beta so that API Gateway NEGs show their serverlessDeployment.
      const api = kind === 'regionNetworkEndpointGroup' ? clients.beta : clients.v1;
      const collection = kind === 'regionNetworkEndpointGroup' ? 'networkEndpointGroups' : info.collection;
      const method = kind === 'regionNetworkEndpointGroup' ? 'aggregatedList' : 'list';
      const target = (api as unknown as Record<string, Record<string, Lister>>)[collection]!;
      let items: unknown[];
      try {
        items = await allPages(target[method]!.bind(target), { project }, count, policy);
      } catch (e) {
        throw new Error(`Failed to list ${info.collection} in project ${project}: ${describeError(e)}`);
      }
      for (const raw of items) {
        const { __region, ...body } = raw as Record<string, unknown> & { __region?: string };
        if (kind === 'regionNetworkEndpointGroup' && body.networkEndpointType !== 'SERVERLESS') continue;
        const scope: Scope = __region ? { type: 'region', region: __region } : { type: 'global' };
        const name = String(body.name);
        const address = resourceAddress(kind, scope, name);
        resources.set(address, { address, kind, scope, name, body });
      }
    }),
  );
  return { project, resources, requests };
}
