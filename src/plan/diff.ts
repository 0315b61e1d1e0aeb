/**
 * Chooses one action per resource (create, update, replace, delete, adopt, no-op), with the reason
 * and the field-level changes people read. Pure: compiled desired resources and live state in.
 */
import deepDiff from 'deep-diff';
import type { CompiledLoadBalancer } from '../compile/index.js';
import type { LiveResource, LiveState } from '../gcp/read.js';
import { resourceAddress, GLOBAL } from '../model/address.js';
import { KIND_INFO, type ResourceKind } from '../model/kinds.js';
import { FIXED_DESCRIPTION, generatedSlot, ownerOfBody, ownsBody } from '../model/names.js';
import { driftedPaths } from './applied.js';
import { leftBehindBy } from './orphans.js';
import { liveUsers } from './steps.js';
import { diffShape, MANAGED } from './managed.js';
import { desiredCanonical, liveCanonical, liveForms, normalizeContext, type Canonical, type NormalizeContext } from './normalize.js';
import type { Action, FieldChange, ResourceChange } from './types.js';
import { textOf } from '../util/text.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Fields that cannot change in place, per kind ('*' = every field: the resource is immutable). */
export const FORCES_REPLACEMENT: Readonly<Record<ResourceKind, readonly string[]>> = {
  regionNetworkEndpointGroup: ['*'],
  sslCertificate: ['*'],
  globalAddress: ['address', 'addressType', 'ipVersion', 'networkTier', 'prefixLength'],
  globalForwardingRule: ['IPAddress', 'IPProtocol', 'portRange', 'loadBalancingScheme', 'networkTier', 'ipVersion'],
  backendService: ['loadBalancingScheme'],
  urlMap: [],
  targetHttpProxy: [],
  targetHttpsProxy: [],
  securityPolicy: ['type'],
};

/** Whether lb-plan owns a live resource for load balancer `lb` (see `ownsBody`). */
export function ownedBy(live: LiveResource, lb: string): boolean {
  return ownsBody(live.kind, live.body, lb);
}

/** `backends.[projects/…/n].group` → `backends[projects/…/n].group`: set elements by identity, lists by index. */
function formatPath(path: readonly (string | number)[] | undefined): string {
  return (path ?? []).reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : String(seg).startsWith('[') || !acc ? `${acc}${seg}` : `${acc}.${seg}`), '');
}

/** Field changes between canonical forms of a `kind`, via deep-diff: set elements named by identity, lists by index. */
export function fieldChanges(kind: ResourceKind, before: Canonical | undefined, after: Canonical | undefined): FieldChange[] {
  // A create or a delete changes every top-level field, whole: no need to compare (what deep-diff says of {}).
  if (!before !== !after) return wholeFields(diffShape(MANAGED[kind], (after ?? before)!), after ? 'added' : 'removed');
  // Most live resources are as the manifest wants them: no need to shape and walk them for deep-diff.
  if (sameData(before, after)) return [];
  const diffs = deepDiff.diff(diffShape(MANAGED[kind], before ?? {}), diffShape(MANAGED[kind], after ?? {})) ?? [];
  const out: FieldChange[] = [];
  for (const d of diffs) {
    const path = d.kind === 'A' ? [...(d.path ?? []), d.index] : d.path;
    const item = d.kind === 'A' ? d.item : d;
    const p = formatPath(path as (string | number)[]);
    if (item.kind === 'N') out.push({ path: p, kind: 'added', after: item.rhs });
    else if (item.kind === 'D') out.push({ path: p, kind: 'removed', before: item.lhs });
    else if (item.kind === 'E') out.push({ path: p, kind: 'changed', before: item.lhs, after: item.rhs });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Whether two canonical forms are equal as data: the same primitives (by ===; 0 is not -0), arrays of equal items, plain
 * objects with the same own keys (undefined members included) and equal values. Stricter than deep-diff,
 * never looser: anything else (NaN, other prototypes) is "not the same" and goes to deep-diff, which
 * decides. Written for the data a plan compares, with indexed loops: node:util's isDeepStrictEqual ran
 * without V8's optimizing compiler on 10,000 live resources (src/cli/bin.ts) and cost ~40 ms of CPU.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return a !== 0 || 1 / a === 1 / (b as number); // 0 and -0 differ, as for isDeepStrictEqual
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!(i in a) || !(i in b) || !sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!Object.hasOwn(b, k) || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Every defined top-level field of a shaped body as one change, sorted by path as fieldChanges sorts. */
function wholeFields(shape: Record<string, unknown>, kind: 'added' | 'removed'): FieldChange[] {
  const out: FieldChange[] = [];
  const names = inPathOrder(Object.keys(shape));
  for (let i = 0; i < names.length; i++) {
    const k = names[i]!;
    const v = shape[k];
    if (v === undefined) continue;
    // A top-level field's path is its name (formatPath of one name).
    out.push(kind === 'added' ? { path: k, kind, after: v } : { path: k, kind, before: v });
  }
  return out;
}

/**
 * Names sorted as fieldChanges sorts paths (localeCompare), each list of names once: the 10,000 creates of
 * a large plan have a handful of field lists between them, and comparing by locale is slow.
 */
const PATH_ORDER = new Map<string, readonly string[]>();
function inPathOrder(names: string[]): readonly string[] {
  const id = JSON.stringify(names);
  let order = PATH_ORDER.get(id);
  if (order === undefined) {
    order = names.sort((a, b) => a.localeCompare(b));
    if (PATH_ORDER.size >= 1000) PATH_ORDER.clear();
    PATH_ORDER.set(id, order);
  }
  return order;
}

function topField(path: string): string {
  return path.split(/[.[]/)[0]!;
}

export interface DiffResult {
  readonly changes: ResourceChange[];
  /** Plan-stopping problems: unowned look-alikes, missing existing references. */
  readonly errors: string[];
  readonly warnings: string[];
  readonly normalize: NormalizeContext;
  readonly desiredCanonical: ReadonlyMap<string, Canonical>;
  /** The whole canonical forms of the live resources compared or deleted (liveForms), by address: for the plan's digests. */
  readonly liveCanonical: ReadonlyMap<string, Canonical>;
  /** Who uses each live resource (liveUsers), for the steps' ordering rules. */
  readonly users: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface DiffOptions {
  /** Addresses (`globalAddress/NAME`) the manifest allows lb-plan to take over. */
  readonly adopt: ReadonlySet<string>;
  /** `lb-plan destroy`: everything owned goes, and the plan says so in those words. */
  readonly destroying?: boolean;
  /** Owned resources to leave in place although the manifest no longer wants them (`destroy --keep`). */
  readonly keep?: ReadonlySet<string>;
}

/** Kinds that cannot carry lb-plan's marker (immutable, no labels): metadata.adopt is their ownership record. */
export const LISTED_KINDS: ReadonlySet<ResourceKind> = new Set(['regionNetworkEndpointGroup', 'sslCertificate']);

type Listing = { readonly state: 'owned' | 'adopting' } | { readonly state: 'refused'; readonly problem: string } | undefined;

/**
 * A NEG or certificate owned by listing: named in metadata.adopt, carrying no load balancer's marker,
 * and used, only by resources this load balancer owns (`owned`) or takes over in this plan
 * (`adopting`). Never an unused one, never one another load balancer's resources use.
 */
function listing(l: LiveResource, lb: string, adopt: ReadonlySet<string>, live: LiveState, users: ReadonlyMap<string, ReadonlySet<string>>): Listing {
  if (!LISTED_KINDS.has(l.kind) || !adopt.has(l.address) || ownedBy(l, lb)) return undefined;
  const other = ownerOfBody(l.kind, l.body);
  if (other !== undefined) return { state: 'refused', problem: `${l.address} is listed in metadata.adopt but belongs to load balancer "${other}"; lb-plan will not touch it.` };
  const using = [...(users.get(l.address) ?? [])];
  if (using.length === 0) return { state: 'refused', problem: `${l.address} is listed in metadata.adopt but nothing uses it: lb-plan takes over a NEG or certificate only together with the load balancer resources that use it.` };
  // A user is ours when this load balancer owns it, or takes it over and no other load balancer owns it.
  const foreign = using.filter((u) => {
    const user = live.resources.get(u);
    if (user && ownedBy(user, lb)) return false;
    const owner = user ? ownerOfBody(user.kind, user.body) : undefined;
    return !adopt.has(u) || (owner !== undefined && owner !== lb);
  });
  if (foreign.length > 0) return { state: 'refused', problem: `${l.address} is listed in metadata.adopt but is also used by ${foreign.join(', ')}, which this load balancer neither owns nor takes over; lb-plan will not take a resource out of another load balancer.` };
  return { state: using.every((u) => live.resources.get(u) && ownedBy(live.resources.get(u)!, lb)) ? 'owned' : 'adopting' };
}

export function diffResources(lb: CompiledLoadBalancer, live: LiveState, options: DiffOptions): DiffResult {
  const ctx = normalizeContext(live);
  const errors: string[] = [];
  const warnings: string[] = [];
  const changes: ResourceChange[] = [];
  const desiredForms = new Map<string, Canonical>();
  const wholeForms = new Map<string, Canonical>();
  const desiredAddresses = new Set(lb.resources.map((r) => r.address));
  // An explicitly named NEG or certificate whose successor took over keeps its adopt entry valid.
  const declaredAddresses = new Set(lb.resources.flatMap((r) => (r.pinned ? [r.pinned.declared] : [])));
  const users = liveUsers(live);

  // An indexed loop: a plan of 10,000 resources runs without V8's optimizing compiler, where `for…of`
  // allocates per element (src/cli/bin.ts).
  for (let i = 0; i < lb.resources.length; i++) {
    const d = lb.resources[i]!;
    const after = desiredCanonical(d, ctx);
    desiredForms.set(d.address, after);
    const l = live.resources.get(d.address);
    if (!l) {
      changes.push({ address: d.address, kind: d.kind, scope: d.scope, name: d.name, after, action: 'create', reason: 'not in GCP yet', forcesReplacement: [], changes: fieldChanges(d.kind, undefined, after), downtime: false });
      continue;
    }
    const listed = listing(l, lb.name, options.adopt, live, users);
    const owned = ownedBy(l, lb.name) || listed?.state === 'owned';
    const other = owned ? undefined : ownerOfBody(l.kind, l.body);
    const shared = owned ? undefined : sharedProblem(l, lb.name, desiredAddresses, live, users);
    const adoptProblem = owned || !options.adopt.has(d.address) ? undefined : listed?.state === 'refused' ? listed.problem : (handoverProblem(l, other, live) ?? shared);
    // Another load balancer's ownership vetoes every change; metadata.adopt takes over only what nobody else uses.
    const adopting = !owned && options.adopt.has(d.address) && adoptProblem === undefined;
    if (!owned && !adopting) {
      errors.push(
        adoptProblem ??
          (other
            ? `${d.address} already exists and belongs to load balancer "${other}"; lb-plan will not touch it. Rename this one, or remove it from "${other}" first.`
            : (shared ??
              `${d.address} already exists and lb-plan does not own it. To let lb-plan manage it, add "${d.address}" to metadata.adopt; otherwise choose another name.`)),
      );
      continue;
    }
    const forms = liveForms(d.kind, l.body, ctx, after);
    wholeForms.set(l.address, forms.whole);
    const before = forms.compared;
    const diff = fieldChanges(d.kind, before, after);
    const forces = FORCES_REPLACEMENT[d.kind];
    const forcing = forces.includes('*') ? diff.map((c) => c.path) : diff.filter((c) => forces.includes(topField(c.path))).map((c) => c.path);
    let action: Action;
    let reason: string;
    if (diff.length === 0) {
      action = adopting ? 'adopt' : 'no-op';
      reason = adopting ? (listed ? 'taken over as listed in metadata.adopt, its ownership record (it cannot carry the marker); already as wanted' : 'taken over as listed in metadata.adopt; already as wanted') : 'up to date';
    } else if (forcing.length > 0) {
      if (adopting) {
        errors.push(`${d.address} is listed in metadata.adopt but differs in fields that cannot change in place (${forcing.join(', ')}); lb-plan will not delete a resource it does not own.`);
        continue;
      }
      action = 'replace';
      reason = `${forcing.join(', ')} cannot change in place`;
    } else {
      action = adopting ? 'adopt' : 'update';
      reason = adopting ? 'taken over as listed in metadata.adopt' : 'differs from the manifest';
    }
    // Drift: what changed outside lb-plan since it last applied this resource (its applied record).
    const drift = action === 'update' ? driftedPaths(d.kind, l.body, after, diff) : [];
    if (drift.length) reason = driftReason(drift, diff.length);
    const downtime = action === 'replace' && (d.kind === 'globalForwardingRule' || d.kind === 'globalAddress');
    const change: Mutable<ResourceChange> = { address: d.address, kind: d.kind, scope: d.scope, name: d.name, after, before, action, reason, forcesReplacement: forcing, changes: diff, downtime };
    if (drift.length) change.drift = drift;
    if (listed) change.listed = true;
    changes.push(change);
  }

  // A destroy reads metadata.adopt only for what is owned by listing (NEGs and certificates).
  // A NEG or certificate still owned by listing may stay listed after the manifest dropped it: it is deleted below.
  for (const a of options.destroying ? [] : options.adopt) {
    if (desiredAddresses.has(a) || declaredAddresses.has(a)) continue;
    const l = live.resources.get(a);
    if (l && listing(l, lb.name, options.adopt, live, users)?.state === 'owned') continue;
    errors.push(`metadata.adopt lists ${a}, which this manifest does not declare.`);
  }
  for (const k of options.keep ?? []) {
    const l = live.resources.get(k);
    if (!l || !ownedBy(l, lb.name)) errors.push(`--keep ${k}: ${l ? 'lb-plan does not own it for this load balancer' : 'no such resource in the project'}, so nothing would be kept; check the name (nothing was changed).`);
  }

  // Owned resources the manifest no longer wants — except what it still references as existing.
  const referenced = new Set(lb.resources.flatMap((d) => d.references.filter((r) => r.kind !== 'sslPolicy').map((r) => resourceAddress(r.kind as ResourceKind, GLOBAL, r.name))));
  for (const l of live.resources.values()) {
    const listed = desiredAddresses.has(l.address) || ownedBy(l, lb.name) ? undefined : listing(l, lb.name, options.adopt, live, users);
    // A destroy deletes a listed NEG or certificate only when this load balancer's own resources alone use it.
    const listedHere = listed !== undefined && (options.destroying ? listed.state === 'owned' : listed.state !== 'refused');
    if (desiredAddresses.has(l.address) || !(ownedBy(l, lb.name) || listedHere)) continue;
    if (options.keep?.has(l.address)) {
      warnings.push(`${l.address} is kept, as asked (--keep); it still carries this load balancer's marker and labels, and another manifest can take it over with metadata.adopt.`);
      continue;
    }
    if (referenced.has(l.address)) {
      warnings.push(`${l.address} is no longer managed by this manifest but is still referenced as existing: lb-plan keeps it (it still carries lb-plan's ownership marker; remove that by hand to hand it over).`);
      continue;
    }
    const before = liveCanonical(l.kind, l.body, ctx);
    wholeForms.set(l.address, before);
    changes.push({ address: l.address, kind: l.kind, scope: l.scope, name: l.name, before, action: 'delete', reason: options.destroying ? 'destroy: owned by this load balancer' : 'no longer in the manifest', forcesReplacement: [], changes: fieldChanges(l.kind, before, undefined), downtime: l.kind === 'globalForwardingRule', ...(listed ? { listed: true as const } : {}) });
  }

  // NEGs and certificates lb-plan does not own (no listing) that only what this plan deletes uses: said, never silent.
  const going = new Set(changes.filter((c) => c.action === 'delete').map((c) => c.address));
  for (const b of going.size ? leftBehindBy(going, live, users) : []) {
    if (!desiredAddresses.has(b.address)) warnings.push(`left behind: ${b.address} is used only by resources this plan deletes, but lb-plan does not own it (metadata.adopt does not list it); once they are gone, delete it with \`${b.delete}\`.`);
  }

  // What the manifest only references must exist.
  for (let i = 0; i < lb.resources.length; i++) {
    const d = lb.resources[i]!;
    for (const ref of d.references) {
      if (ref.kind === 'sslPolicy') continue;
      const address = resourceAddress(ref.kind, GLOBAL, ref.name);
      if (!live.resources.has(address)) errors.push(`${KIND_INFO[ref.kind].label} "${ref.name}" (used by ${d.address}) does not exist in project ${live.project}; lb-plan only references it and will not create it.`);
    }
  }

  pairReplacements(changes, lb);
  return { changes: [...new Map(changes.map((c) => [c.address, c])).values()].sort(byAddress), errors: [...new Set(errors)], warnings, normalize: ctx, desiredCanonical: desiredForms, liveCanonical: wholeForms, users };
}

/**
 * Why a resource listed in metadata.adopt cannot be taken over, or undefined. Unowned: it can. Owned
 * by another load balancer: only an address or forwarding rule (their descriptions cannot change, so
 * labels record the hand-over), and only an address that load balancer no longer serves on — its
 * forwarding rules would otherwise hold the IP on the same ports (a rename keeping the IP: README).
 */
function handoverProblem(l: LiveResource, other: string | undefined, live: LiveState): string | undefined {
  if (other === undefined) return undefined;
  if (!FIXED_DESCRIPTION.has(l.kind)) return `${l.address} is listed in metadata.adopt but belongs to load balancer "${other}"; lb-plan takes over only unowned resources, and addresses or forwarding rules that load balancer no longer uses.`;
  if (l.kind === 'globalForwardingRule') return undefined;
  const ip = l.body.address;
  const holders = [...live.resources.values()].filter((r) => r.kind === 'globalForwardingRule' && r.body.IPAddress === ip && ownerOfBody(r.kind, r.body) === other).map((r) => `${r.name} (ports ${textOf(r.body.portRange)})`);
  if (holders.length === 0) return undefined;
  return `${l.address} is listed in metadata.adopt, but load balancer "${other}" still serves on it: ${holders.join(', ')}. Hand it over first: destroy "${other}" keeping the address (lb-plan destroy OLD-MANIFEST --keep ${l.address}), then apply this manifest. HTTP(S) on ${textOf(ip)} stops in between; see "Renaming a load balancer" in the README.`;
}

/**
 * An unowned backend service that a URL map this manifest does not describe also routes to (or a NEG
 * of one): taking it over would let this load balancer change (or delete) what serves another one's
 * traffic, so metadata.adopt cannot take it, and the plan says why rather than suggesting adopt.
 */
function sharedProblem(l: LiveResource, lb: string, desired: ReadonlySet<string>, live: LiveState, users: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const foreignUsers = (address: string): string[] =>
    [...(users.get(address) ?? [])].filter((u) => {
      const user = live.resources.get(u);
      return !desired.has(u) && !(user && ownedBy(user, lb));
    }).sort();
  if (l.kind === 'backendService') {
    const foreign = foreignUsers(l.address);
    if (foreign.length === 0) return undefined;
    return `${l.address} already exists and is also used by ${foreign.join(', ')}, outside this load balancer; lb-plan will not take over a backend service another load balancer uses. Give this backend another name (its name:) so lb-plan creates its own.`;
  }
  if (l.kind !== 'regionNetworkEndpointGroup') return undefined;
  for (const s of [...(users.get(l.address) ?? [])].sort()) {
    const service = live.resources.get(s);
    const foreign = service?.kind === 'backendService' && !ownedBy(service, lb) ? foreignUsers(s) : [];
    if (foreign.length > 0) return `${l.address} already exists and serves ${s}, which ${foreign.join(', ')} also uses, outside this load balancer; lb-plan will not take it over. Give this NEG another name (its name:) so lb-plan creates its own.`;
  }
  return undefined;
}

/** `changed outside lb-plan since the last apply: enableCDN; will be restored`, or that beside an edit. */
function driftReason(drift: readonly string[], changed: number): string {
  const fields = [...new Set(drift.map(topField))].join(', ');
  return drift.length === changed ? `changed outside lb-plan since the last apply (${fields}); will be restored` : `differs from the manifest; also changed outside lb-plan since the last apply (${fields}), which will be restored`;
}

function byAddress(a: ResourceChange, b: ResourceChange): number {
  return a.address < b.address ? -1 : a.address > b.address ? 1 : 0;
}

/**
 * A changed NEG or certificate gets a new hashed name: the plan sees a create and a delete. When
 * both come from the same place (same backend and region; same certificate prefix) they are one
 * replacement: the new one is created, the parent repointed, then the old one deleted.
 */
function pairReplacements(changes: ResourceChange[], lb: CompiledLoadBalancer): void {
  const slot = (c: ResourceChange): string | undefined => {
    if (!LISTED_KINDS.has(c.kind)) return undefined;
    const m = generatedSlot(c.name);
    if (m === undefined) return undefined;
    return `${c.kind}|${c.scope.type === 'region' ? c.scope.region : 'global'}|${m}`;
  };
  // The successor of an explicitly named (taken-over) NEG or certificate replaces it by that name.
  const declaredBy = new Map(lb.resources.flatMap((r) => (r.pinned && r.address === r.pinned.generated ? [[r.address, r.pinned.declared] as const] : [])));
  const deletes = new Map<string, number[]>();
  changes.forEach((c, i) => {
    const s = c.action === 'delete' ? slot(c) : undefined;
    if (s) deletes.set(s, [...(deletes.get(s) ?? []), i]);
    if (c.action === 'delete') deletes.set(`declared|${c.address}`, [i]);
  });
  changes.forEach((c, i) => {
    if (c.action !== 'create') return;
    const s = slot(c);
    const declared = declaredBy.get(c.address);
    const candidates = (declared !== undefined ? deletes.get(`declared|${declared}`) : undefined)?.length ? deletes.get(`declared|${declared}`) : s ? deletes.get(s) : undefined;
    if (!candidates || candidates.length === 0) return;
    const j = candidates.shift()!;
    const old = changes[j]!;
    const diff = fieldChanges(c.kind, old.before as Canonical, c.after as Canonical).filter((f) => f.path !== 'name' && f.path !== 'description');
    changes[i] = { ...c, action: 'replace', replaces: old.address, reason: `replaces ${old.name}: ${diff.map((f) => f.path).join(', ') || 'content'} changed (immutable; a new one is created first)`, forcesReplacement: diff.map((f) => f.path), changes: diff, before: old.before };
    changes[j] = { ...old, reason: `replaced by ${c.name}`, replacedBy: c.address };
  });
}
