/**
 * The emulator's state: resources by reference, a reverse index of who references what (for
 * "is already being used by"), operations, request ids, and the counters that make ids and IPs.
 * Serializable to a JSON file so `lb-plan emulator --state FILE` survives restarts.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Ref } from './refs.js';

export type Json = Record<string, unknown>;

export function refKey(r: Ref): string {
  return `${r.project}|${r.collection}|${r.scope}|${r.name}`;
}

export function keyRef(key: string): Ref {
  const [project, collection, scope, name] = key.split('|') as [string, string, string, string];
  return { project, collection, scope, name };
}

export interface StoredOperation {
  readonly project: string;
  /** `global` or a region. */
  readonly scope: string;
  body: Json;
}

interface Snapshot {
  version: 1;
  resources: [string, Json][];
  operations: StoredOperation[];
  requestIds: [string, string][];
  counters: { id: string; ipv4: number; ipv6: number; op: number };
  /** The Cloud Run Admin API's state (./run.ts); absent in files written before it existed. */
  run?: { enabled: string[]; services: [string, Json][] };
}

export class Store {
  private readonly resources = new Map<string, Json>();
  /** target key → keys of resources whose bodies reference it. */
  private readonly usedBy = new Map<string, Set<string>>();
  /** resource key → the target keys it references (to undo the index on change). */
  private readonly uses = new Map<string, string[]>();
  readonly operations = new Map<string, StoredOperation>();
  /** `project|requestId` → operation key. */
  readonly requestIds = new Map<string, string>();
  /** Names taken by inserts whose operation has not completed yet. */
  readonly pendingNames = new Set<string>();
  /** Certificate key → when it started being served by a forwarding rule (managed-certificate lifecycle). */
  readonly servedSince = new Map<string, number>();
  counters = { id: 1_000_000_000_000_000n, ipv4: 0, ipv6: 0, op: 0 };
  /** The emulated Cloud Run Admin API (./run.ts): projects where it is enabled (`*`: all), services by `project|region|name`. */
  readonly run = { enabled: new Set<string>(), services: new Map<string, Json>() };
  /** Bumped by every change, so the server knows when to persist. */
  version = 0;

  constructor(private readonly referencesOf: (ref: Ref, body: Json) => Ref[]) {}

  get(ref: Ref): Json | undefined {
    return this.resources.get(refKey(ref));
  }

  has(ref: Ref): boolean {
    return this.resources.has(refKey(ref));
  }

  put(ref: Ref, body: Json): void {
    this.version++;
    const key = refKey(ref);
    this.unindex(key);
    this.resources.set(key, body);
    const targets = [...new Set(this.referencesOf(ref, body).map(refKey))];
    this.uses.set(key, targets);
    for (const t of targets) {
      let set = this.usedBy.get(t);
      if (!set) this.usedBy.set(t, (set = new Set()));
      set.add(key);
    }
  }

  delete(ref: Ref): void {
    this.version++;
    const key = refKey(ref);
    this.unindex(key);
    this.resources.delete(key);
  }

  private unindex(key: string): void {
    for (const t of this.uses.get(key) ?? []) this.usedBy.get(t)?.delete(key);
    this.uses.delete(key);
  }

  /** Resources that reference `ref`, sorted for stable messages. */
  users(ref: Ref): Ref[] {
    return [...(this.usedBy.get(refKey(ref)) ?? [])].sort().map(keyRef);
  }

  /** Every resource of a collection in a project; `scope` narrows to one scope. Sorted by name. */
  list(project: string, collection: string, scope?: string): { ref: Ref; body: Json }[] {
    const out: { ref: Ref; body: Json }[] = [];
    const prefix = `${project}|${collection}|`;
    for (const [key, body] of this.resources) {
      if (!key.startsWith(prefix)) continue;
      const ref = keyRef(key);
      if (scope === undefined || ref.scope === scope) out.push({ ref, body });
    }
    return out.sort((a, b) => (a.ref.name < b.ref.name ? -1 : a.ref.name > b.ref.name ? 1 : a.ref.scope.localeCompare(b.ref.scope)));
  }

  all(): { ref: Ref; body: Json }[] {
    return [...this.resources].map(([k, body]) => ({ ref: keyRef(k), body }));
  }

  /**
   * "Completed Operation resources have a limited retention period" (gcp-behaviour.md §2.3): the
   * oldest DONE operations beyond `keep`, and the request ids that point at them, are forgotten, so
   * memory and the state file grow with live state, not with history.
   */
  pruneOperations(keep = 1000): void {
    if (this.operations.size <= keep * 2) return;
    let excess = this.operations.size - keep;
    const gone = new Set<string>();
    for (const [key, op] of this.operations) {
      if (excess <= 0) break;
      if (op.body.status !== 'DONE') continue;
      this.operations.delete(key);
      gone.add(key);
      excess--;
    }
    for (const [id, key] of this.requestIds) if (gone.has(key)) this.requestIds.delete(id);
  }

  nextId(): string {
    this.counters.id += 7919n;
    return this.counters.id.toString();
  }

  snapshot(): Snapshot {
    return {
      version: 1,
      resources: [...this.resources],
      operations: [...this.operations.values()],
      requestIds: [...this.requestIds],
      counters: { ...this.counters, id: this.counters.id.toString() },
      ...(this.run.enabled.size || this.run.services.size ? { run: { enabled: [...this.run.enabled], services: [...this.run.services] } } : {}),
    };
  }

  save(file: string): void {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(this.snapshot()));
    renameSync(tmp, file);
  }

  load(file: string): void {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    if (s.version !== 1) throw new Error(`${file}: unknown state version ${String(s.version)}`);
    for (const [key, body] of s.resources) this.put(keyRef(key), body);
    for (const op of s.operations) this.operations.set(opKey(op.project, op.scope, String(op.body.name)), op);
    for (const [k, v] of s.requestIds) this.requestIds.set(k, v);
    this.counters = { ...s.counters, id: BigInt(s.counters.id) };
    for (const p of s.run?.enabled ?? []) this.run.enabled.add(p);
    for (const [k, v] of s.run?.services ?? []) this.run.services.set(k, v);
  }
}

export function opKey(project: string, scope: string, name: string): string {
  return `${project}|${scope}|${name}`;
}
