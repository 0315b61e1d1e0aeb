/**
 * From resource changes to the steps apply carries out, and the named ordering rules between them.
 * The promise: no step can hit `resourceInUseByAnotherResource` or a missing reference.
 *
 * Rules (an edge `from → to` means `from` runs after `to`):
 * - createBeforeReference: a step that writes a reference to X runs after X is created.
 * - detachBeforeDelete: deleting X runs after every step that changes a resource which uses X now.
 * - deleteDependentsFirst: deleting X runs after deleting every resource which uses X now.
 * - deleteBeforeRecreate: a same-name replacement deletes before it creates (with downtime).
 * - oneResourceInOrder: steps on one resource run one at a time (fingerprinted update first).
 * - certificateActiveBeforeDetach: a managed certificate being replaced stays attached beside the
 *   new one until the new one is ACTIVE.
 */
import type { CompiledLoadBalancer, DesiredResource } from '../compile/index.js';
import type { LiveResource, LiveState } from '../gcp/read.js';
import { resourceAddress, type Scope } from '../model/address.js';
import type { ResourceKind } from '../model/kinds.js';
import { bodyWithRecord, describedWith, liveRecord, recordKind, recordOf } from './applied.js';
import { SECURITY_POLICY_RULE, project } from './managed.js';
import { redirectSwitch } from './redirect-switch.js';
import { FIXED_DESCRIPTION, HANDOVER_LABEL, ownerOf, RECORD_LABEL } from '../model/names.js';
import { shortRef } from './normalize.js';
import type { Edge, ResourceChange, Step, StepOperation } from './types.js';
import { isRec, list } from '../util/data.js';
import { textOf } from '../util/text.js';

const SEGMENT_KIND: Readonly<Record<string, ResourceKind>> = {
  addresses: 'globalAddress',
  sslCertificates: 'sslCertificate',
  networkEndpointGroups: 'regionNetworkEndpointGroup',
  backendServices: 'backendService',
  urlMaps: 'urlMap',
  targetHttpProxies: 'targetHttpProxy',
  targetHttpsProxies: 'targetHttpsProxy',
  forwardingRules: 'globalForwardingRule',
  securityPolicies: 'securityPolicy',
};

/** The address of a resource a Compute URL points at, if it is one lb-plan manages. */
export function addressOfUrl(url: string): string | undefined {
  const m = /projects\/[^/]+\/(?:global|regions\/([^/]+))\/([A-Za-z]+)\/([^/]+)$/.exec(shortRef(url));
  if (!m) return undefined;
  const kind = SEGMENT_KIND[m[2]!];
  if (!kind) return undefined;
  const scope: Scope = m[1] ? { type: 'region', region: m[1] } : { type: 'global' };
  return resourceAddress(kind, scope, m[3]!);
}

/**
 * Keys whose values point back at the resource itself or at its users, never at what it uses:
 * `users` on addresses, `usedBy` on backend services (gcp-behaviour.md §2.6), its own links.
 */
const BACK_POINTERS = new Set(['selfLink', 'selfLinkWithId', 'region', 'zone', 'users', 'usedBy']);

/** The addresses a live resource references now (URLs in its body; forwarding rules through address `users`). */
export function liveReferences(r: LiveResource): string[] {
  const out = new Set<string>();
  referencesIn(r.body, '', r.address, out);
  return [...out];
}

/**
 * The addresses `v` (under `key`) names, but `self`, into `out`. A plan of 10,000 live resources walks every
 * body: one function, indexed loops (no closure per body, no entry arrays; see Dag.waves).
 */
function referencesIn(v: unknown, key: string, self: string, out: Set<string>): void {
  if (BACK_POINTERS.has(key)) return;
  if (typeof v === 'string') {
    if (!v.includes('projects/')) return; // not a resource URL (addressOfUrl needs one): most strings of a body
    const a = addressOfUrl(v);
    if (a && a !== self) out.add(a);
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) referencesIn(v[i], key, self, out);
  } else if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) referencesIn((v as Record<string, unknown>)[keys[i]!], keys[i]!, self, out);
  }
}

/** Who uses each live resource now: address → addresses of live resources referencing it. */
export function liveUsers(live: LiveState): Map<string, Set<string>> {
  const users = new Map<string, Set<string>>();
  const add = (target: string, user: string): void => {
    let s = users.get(target);
    if (!s) users.set(target, (s = new Set()));
    s.add(user);
  };
  for (const r of live.resources.values()) {
    for (const t of liveReferences(r)) add(t, r.address);
    if (r.kind === 'globalAddress') for (const u of (r.body.users as string[] | undefined) ?? []) {
      const a = addressOfUrl(u);
      if (a) add(r.address, a);
    }
  }
  return users;
}

export interface StepOptions {
  /** Keep a replaced managed certificate attached until its successor is ACTIVE. */
  readonly waitForCertificates: boolean;
  /** Switch port 80 to the HTTPS redirect in this run, waiting for the certificates (apply --wait-for-certificates). */
  readonly redirectWaits?: boolean;
  /** Who uses each live resource (liveUsers of the same live state), when the caller has it already. */
  readonly users?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Replaces secret values in a body with placeholders: plans never hold secrets. */
function redactSecrets(d: DesiredResource, body: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  // Bodies are read-only data between stages: one without secrets is shared, not copied (10,000 copies at 10k).
  if (d.secrets.length === 0) return body;
  const out = structuredClone(body) as Record<string, unknown>;
  for (const s of d.secrets) {
    let node = out;
    for (const seg of s.field.slice(0, -1)) node = (node[seg] ?? (node[seg] = {})) as Record<string, unknown>;
    node[s.field.at(-1)!] = { $secret: s.ref, sha256: s.sha256 ?? null };
  }
  return out;
}

export interface StepsResult {
  readonly steps: Step[];
  readonly edges: Edge[];
  readonly warnings: string[];
  /** Plan-stopping problems found while ordering (a rotation that cannot keep every certificate attached). */
  readonly errors: string[];
}

export function buildSteps(lb: CompiledLoadBalancer, live: LiveState, changes: readonly ResourceChange[], options: StepOptions): StepsResult {
  const desired = new Map(lb.resources.map((r) => [r.address, r]));
  const steps: Step[] = [];
  const edges: Edge[] = [];
  const warnings: string[] = [];
  const byResource = new Map<string, Step[]>();
  const add = (c: { address: string; kind: ResourceKind; scope: Scope; name: string }, api: 'v1' | 'beta', id: string, operation: StepOperation, summary: string): Step => {
    const s: Step = { id: `${id}:${c.address}`, address: c.address, kind: c.kind, scope: c.scope, name: c.name, api, operation, summary };
    steps.push(s);
    byResource.set(c.address, [...(byResource.get(c.address) ?? []), s]);
    return s;
  };
  const edge = (from: Step | undefined, to: Step | undefined, rule: string): void => {
    if (from && to && from.id !== to.id) edges.push({ from: from.id, to: to.id, rule });
  };

  const creates = new Map<string, Step>();
  const deletes = new Map<string, Step>();
  const changeOfAddress = new Map(changes.map((c) => [c.address, c]));

  // Indexed loops over changes and steps: see Dag.waves.
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const d = desired.get(c.address);
    const l = live.resources.get(c.address);
    if (c.action === 'delete' || (c.action === 'replace' && !c.replaces)) {
      deletes.set(c.address, add(c, l?.kind === 'regionNetworkEndpointGroup' ? 'beta' : 'v1', 'delete', { type: 'delete' }, c.action === 'replace' ? 'delete (to recreate)' : 'delete'));
    }
    if (!d) continue;
    if (c.action === 'create' || c.action === 'replace') {
      // A created resource carries the applied record from the start (./applied.ts).
      const body = recordKind(d.kind) && c.after ? bodyWithRecord(d.kind, redactSecrets(d, d.body), recordOf(d.kind, c.after)) : redactSecrets(d, d.body);
      const create = add(c, d.api, 'create', { type: 'insert', body }, c.action === 'replace' ? 'create (replacement)' : 'create');
      creates.set(c.address, create);
      if (c.action === 'replace' && !c.replaces) edge(create, deletes.get(c.address), 'deleteBeforeRecreate');
      for (const s of d.setters) {
        if (s.body[s.field] === null || s.body[s.field] === undefined) continue;
        const set = add(c, d.api, s.method, { type: 'call', method: s.method, body: s.body }, s.method);
        edge(set, create, 'oneResourceInOrder');
      }
    } else if (c.action === 'update' || c.action === 'adopt') {
      updateSteps(d, live.resources.get(c.address)!, c, add, edge);
    }
  }

  // Managed certificate rotation: keep the old one attached until the new one is ACTIVE.
  const errors: string[] = [];
  if (options.waitForCertificates) certificateRotation(lb, live, changes, byResource, add, edge, errors);
  // Port 80 switches to the HTTPS redirect only once the certificates can serve.
  redirectSwitch({ lb, live, steps, byResource, add, edge, remove: removeStep, warnings, redirectWaits: options.redirectWaits ?? false });

  // createBeforeReference: every step of a resource runs after the creation of what it references.
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.operation.type === 'delete') continue;
    const deps = desired.get(s.address)?.dependsOn ?? [];
    for (let j = 0; j < deps.length; j++) edge(s, creates.get(deps[j]!), 'createBeforeReference');
  }

  // detachBeforeDelete and deleteDependentsFirst. A delete that cannot happen (something that stays
  // still uses the target) is left out, and so, in turn, are the deletes of what that target uses:
  // iterate until nothing more is left out.
  const users = options.users ?? liveUsers(live);
  const blockedBy = (target: string): string | undefined => {
    for (const user of users.get(target) ?? []) {
      if (deletes.has(user)) continue;
      const userSteps = (byResource.get(user) ?? []).filter((s) => s.operation.type !== 'delete');
      const d = desired.get(user);
      // Does the user still reference the target once its own steps ran? (Owned and external references.)
      const stillUses = !d || d.dependsOn.includes(target) || d.references.some((r) => r.kind !== 'sslPolicy' && resourceAddress(r.kind, { type: 'global' }, r.name) === target);
      if (userSteps.length === 0 || stillUses) return user;
    }
    return undefined;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [target, del] of [...deletes]) {
      const user = blockedBy(target);
      if (!user) continue;
      changed = true;
      removeStep(del);
      const recreate = creates.get(target);
      if (recreate && changeOfAddress.get(target)?.action === 'replace') {
        // A same-name replacement that cannot delete first cannot create either.
        for (const s of byResource.get(target) ?? []) removeStep(s);
        creates.delete(target);
        warnings.push(`${target} must be replaced (${changeOfAddress.get(target)!.forcesReplacement.join(', ')} cannot change in place), but ${user} still uses it${desired.has(user) ? '' : ' and lb-plan does not manage that resource'}: the replacement is left out. Rename it in the manifest to replace it without downtime.`);
      } else {
        warnings.push(`${target} cannot be deleted: ${user} still uses it${desired.has(user) ? '' : ' and lb-plan does not manage that resource'}. The delete is left out.`);
      }
    }
  }
  for (const [target, del] of deletes) {
    for (const user of users.get(target) ?? []) {
      const userDelete = deletes.get(user);
      if (userDelete) edge(del, userDelete, 'deleteDependentsFirst');
      else for (const s of (byResource.get(user) ?? []).filter((x) => x.operation.type !== 'delete')) edge(del, s, 'detachBeforeDelete');
    }
  }

  /**
   * Leaves a step out of the plan, and out of its resource's steps: a resource whose steps were all
   * left out (a replacement that cannot happen) still uses what it uses now, so blockedBy must see none.
   */
  function removeStep(s: Step): void {
    const i = steps.indexOf(s);
    if (i >= 0) steps.splice(i, 1);
    const mine = byResource.get(s.address);
    if (mine) byResource.set(s.address, mine.filter((x) => x !== s));
    if (s.operation.type === 'delete') deletes.delete(s.address);
  }

  const ids = new Set(steps.map((s) => s.id));
  if (ids.size !== steps.length) throw new Error(`planner bug: duplicate step ids ${steps.map((x) => x.id).filter((id, i, all) => all.indexOf(id) !== i).join(', ')}`);
  // Sorted by from + to, each key written once (not twice per comparison: 10,000 edges at 10k).
  const unique = [...new Map(edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => [`${e.from}|${e.to}`, { e, key: e.from + e.to }])).values()];
  const sortedEdges = unique.sort((a, b) => (a.key < b.key ? -1 : 1)).map((x) => x.e);
  return { steps: steps.sort((a, b) => (a.id < b.id ? -1 : 1)), edges: sortedEdges, warnings, errors };
}

type AddStep = (c: { address: string; kind: ResourceKind; scope: Scope; name: string }, api: 'v1' | 'beta', id: string, op: StepOperation, summary: string) => Step;
type AddEdge = (from: Step | undefined, to: Step | undefined, rule: string) => void;

/** The in-place update of one resource, through the methods GCP provides for each field. */
function updateSteps(d: DesiredResource, l: LiveResource, c: ResourceChange, add: AddStep, edge: AddEdge): void {
  const changed = new Set(c.changes.map((f) => f.path.split(/[.[]/)[0]!));
  if (c.action === 'adopt') changed.add('description');
  const fingerprint = l.body.fingerprint as string | undefined;
  const chain: Step[] = [];
  const call = (method: string, body: Record<string, unknown>, query?: Record<string, string | number>): void => {
    // Rule methods act on one priority each: it is part of the step's identity.
    const priority = query?.priority ?? (method === 'addRule' ? (body.priority as number | undefined) : undefined);
    const id = priority === undefined ? method : `${method}-${priority}`;
    chain.push(add(c, d.api, id, { type: 'call', method, body, ...(query ? { query } : {}) }, priority === undefined ? method : `${method} (priority ${priority})`));
  };
  // The applied record (./applied.ts) is rewritten with every change whose record is stale.
  const record = recordOf(d.kind, c.after ?? {});
  const stale = liveRecord(d.kind, l.body) !== record;
  const body = bodyWithRecord(d.kind, redactSecrets(d, d.body), record);
  // The description (the manifest's, lb-plan's marker, the applied record), last in the chain, once the set* calls
  // are done: they change the fingerprint, so this patch takes the one GCP answers right before it.
  const describe = (): void => void chain.push(add(c, d.api, 'describe', { type: 'patch', body: { description: describedWith(d.body.description, record) }, currentFingerprint: true }, "patch description (lb-plan's applied record)"));
  switch (d.kind) {
    case 'backendService': {
      const { securityPolicy: _sp, ...rest } = Object.fromEntries([...changed].map((k) => [k, true]));
      if (Object.keys(rest).length > 0) chain.push(add(c, d.api, 'update', { type: 'update', body, fingerprint }, 'update (PUT with fingerprint)'));
      if (changed.has('securityPolicy')) {
        call('setSecurityPolicy', { securityPolicy: d.setters.find((s) => s.field === 'securityPolicy')?.body.securityPolicy ?? null });
        // A change through setSecurityPolicy alone: the record by a description patch after it (the PUT would have carried it).
        if (Object.keys(rest).length === 0 && stale) describe();
      }
      break;
    }
    case 'urlMap':
      chain.push(add(c, d.api, 'update', { type: 'update', body, fingerprint }, 'update (PUT with fingerprint)'));
      break;
    case 'targetHttpProxy':
    case 'targetHttpsProxy': {
      const other = [...changed].filter((k) => !['urlMap', 'sslCertificates', 'quicOverride', 'sslPolicy', 'description'].includes(k));
      if (other.length > 0) {
        const patch = Object.fromEntries(other.map((k) => [k, d.body[k] ?? null]));
        chain.push(add(c, d.api, 'patch', { type: 'patch', body: patch, fingerprint }, 'patch (with fingerprint)'));
      }
      if (changed.has('urlMap')) call('setUrlMap', { urlMap: d.body.urlMap });
      if (changed.has('sslCertificates')) call('setSslCertificates', { sslCertificates: d.body.sslCertificates });
      if (changed.has('quicOverride')) call('setQuicOverride', { quicOverride: d.body.quicOverride ?? 'NONE' });
      if (changed.has('sslPolicy')) call('setSslPolicy', { sslPolicy: d.body.sslPolicy ?? null });
      if (changed.has('description') || stale) describe();
      break;
    }
    case 'globalForwardingRule':
      if (changed.has('target')) call('setTarget', { target: d.body.target });
      if (changed.has('labels') || c.action === 'adopt' || stale) call('setLabels', { labels: { ...labelsWithHandover(d, l), [RECORD_LABEL]: record }, labelFingerprint: l.body.labelFingerprint });
      break;
    case 'globalAddress':
      call('setLabels', { labels: { ...labelsWithHandover(d, l), [RECORD_LABEL]: record }, labelFingerprint: l.body.labelFingerprint });
      break;
    case 'securityPolicy': {
      // The objects of a list only: an answer may hold anything there.
      const liveRules = new Map(list(l.body.rules).filter(isRec).map((r) => [Number(r.priority), r]));
      const wantRules = new Map(list(d.body.rules).filter(isRec).map((r) => [Number(r.priority), r]));
      const other = [...changed].filter((k) => k !== 'rules' && k !== 'labels');
      if (other.length > 0) chain.push(add(c, d.api, 'patch', { type: 'patch', body: Object.fromEntries(other.map((k) => [k, d.body[k] ?? null])), fingerprint }, 'patch (with fingerprint)'));
      for (const [p, r] of wantRules) {
        const current = liveRules.get(p);
        if (!current) call('addRule', r);
        else if (stripRule(current) !== stripRule(r)) call('patchRule', { ...r, preview: r.preview === true }, { priority: p });
      }
      for (const p of liveRules.keys()) if (!wantRules.has(p)) call('removeRule', {}, { priority: p });
      if (changed.has('labels') || c.action === 'adopt' || stale) call('setLabels', { labels: { ...((d.body.labels as Record<string, string> | undefined) ?? {}), [RECORD_LABEL]: record }, labelFingerprint: l.body.labelFingerprint });
      break;
    }
    default:
      break;
  }
  for (let i = 1; i < chain.length; i++) edge(chain[i], chain[i - 1], 'oneResourceInOrder');
}

/**
 * The labels setLabels writes on an address or forwarding rule: the manifest's, plus the hand-over
 * label when the resource's fixed description names another load balancer (it came from there).
 */
function labelsWithHandover(d: DesiredResource, l: LiveResource): Record<string, string> {
  const labels = { ...((d.body.labels as Record<string, string> | undefined) ?? {}) };
  const marker = ownerOf(l.body.description as string | undefined);
  if (marker !== undefined && marker !== ownerOf(d.body.description as string | undefined) && FIXED_DESCRIPTION.has(d.kind)) labels[HANDOVER_LABEL] = marker;
  return labels;
}

/** A rule's comparable form: only what lb-plan manages of it (GCP adds `kind` and newer members), `preview` false unless true. */
export function stripRule(r: Record<string, unknown>): string {
  return JSON.stringify(project(SECURITY_POLICY_RULE, r, { addressIps: new Map() }));
}

/** GCP: "Currently, you may specify up to 15 SSL certificates" on a target HTTPS proxy (gcp-behaviour.md §3.6). */
export const MAX_PROXY_CERTIFICATES = 15;

function certificateRotation(lb: CompiledLoadBalancer, live: LiveState, changes: readonly ResourceChange[], byResource: Map<string, Step[]>, add: AddStep, edge: AddEdge, errors: string[]): void {
  const proxy = lb.resources.find((r) => r.kind === 'targetHttpsProxy');
  if (!proxy || !live.resources.has(proxy.address)) return;
  const final = (byResource.get(proxy.address) ?? []).find((s) => s.operation.type === 'call' && s.operation.method === 'setSslCertificates');
  if (!final || final.operation.type !== 'call') return;
  // Certificates replaced by managed successors: every old one stays attached until every successor is ACTIVE.
  const rotations = changes.flatMap((c) => {
    if (c.kind !== 'sslCertificate' || c.action !== 'replace' || !c.replaces) return [];
    const old = live.resources.get(c.replaces);
    const successor = lb.resources.find((r) => r.address === c.address);
    // Any certificate replaced by a managed one stays until the successor can serve (a self-managed one too).
    return old && successor?.body.type === 'MANAGED' ? [{ change: c, old }] : [];
  });
  if (rotations.length === 0) return;
  const finalCerts = (final.operation.body.sslCertificates as string[] | undefined) ?? [];
  const olds = rotations.map((r) => textOf(r.old.body.selfLink ?? ''));
  const total = finalCerts.length + olds.length;
  if (total > MAX_PROXY_CERTIFICATES) {
    // Never drop a serving certificate to fit: say what to do instead.
    errors.push(
      `${proxy.address}: replacing ${olds.length} managed certificate${olds.length === 1 ? '' : 's'} keeps each old one attached beside its successor until the successor is ACTIVE, which needs ${finalCerts.length} + ${olds.length} = ${total} certificates on the proxy, over GCP's limit of ${MAX_PROXY_CERTIFICATES}. ` +
        (finalCerts.length >= MAX_PROXY_CERTIFICATES
          ? `The proxy keeps ${finalCerts.length} certificates, so no old one fits beside its successor: free slots first (merge domains into fewer certificates, or remove one) in an apply of its own, then change the rest; `
          : `Change at most ${MAX_PROXY_CERTIFICATES - finalCerts.length} certificate${MAX_PROXY_CERTIFICATES - finalCerts.length === 1 ? '' : 's'} per apply; `) +
        `or plan with --no-wait-certificates to replace them at once (their domains lose HTTPS until the new ones are ACTIVE).`,
    );
    return;
  }
  const interim = add(
    { address: proxy.address, kind: proxy.kind, scope: proxy.scope, name: proxy.name },
    'v1',
    'attachBeside',
    { type: 'call', method: 'setSslCertificates', body: { sslCertificates: [...finalCerts, ...olds] } },
    `setSslCertificates (keep ${rotations.map((r) => r.old.name).join(', ')} until the new certificates are ACTIVE)`,
  );
  edge(final, interim, 'oneResourceInOrder');
  for (const { change } of rotations) {
    const wait = add(change, 'v1', 'waitActive', { type: 'waitCertificateActive' }, 'wait until ACTIVE');
    edge(wait, interim, 'certificateActiveBeforeDetach');
    edge(final, wait, 'certificateActiveBeforeDetach');
  }
}
