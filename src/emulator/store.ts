/**
 * The emulator's state: resources by reference, a reverse index of who references what (for
 * "is already being used by"), operations, request ids, and the counters that make ids and IPs.
 * Serializable to a JSON file so `lb-plan emulator --state FILE` survives restarts: a snapshot, and
 * the changes since as journal records (state-file.ts), so persisting costs what changed, not what exists.
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

/**
 * One change, as the journal records it: the new value of one entry (null: deleted) and the counters.
 * Records hold whole values, never deltas, so replaying one twice (onto a snapshot that already has it)
 * changes nothing.
 */
export type JournalRecord =
  | { readonly r: string; readonly b: Json | null }
  | { readonly o: string; readonly op: StoredOperation | null }
  | { readonly q: string; readonly to: string | null }
  | { readonly c: { id: string; ipv4: number; ipv6: number; op: number } }
  /** The Cloud Run Admin API's state, whole (a few services): written when any of it changed. */
  | { readonly run: { enabled: string[]; services: [string, Json][] } };

/** A Set that says when it changes. */
class TrackedSet<T> extends Set<T> {
  constructor(private readonly onChange: () => void) {
    super();
  }
  override add(value: T): this {
    if (!this.has(value)) this.onChange();
    return super.add(value);
  }
  override delete(value: T): boolean {
    this.onChange();
    return super.delete(value);
  }
  override clear(): void {
    this.onChange();
    super.clear();
  }
}

/** A Map that remembers which keys changed since the journal last took them. */
class TrackedMap<K, V> extends Map<K, V> {
  readonly changed = new Set<K>();
  constructor(private readonly onChange: () => void = () => {}) {
    super();
  }
  override set(key: K, value: V): this {
    this.changed.add(key);
    this.onChange();
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.changed.add(key);
    this.onChange();
    return super.delete(key);
  }
  /** Marks `key` changed after its value was changed in place. */
  touch(key: K): void {
    this.changed.add(key);
    this.onChange();
  }
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
  private readonly resources = new TrackedMap<string, Json>();
  /** target key → keys of resources whose bodies reference it. */
  private readonly usedBy = new Map<string, Set<string>>();
  /** resource key → the target keys it references (to undo the index on change). */
  private readonly uses = new Map<string, string[]>();
  readonly operations = new TrackedMap<string, StoredOperation>(() => this.version++);
  /** `project|requestId` → operation key. */
  readonly requestIds = new TrackedMap<string, string>(() => this.version++);
  /** Names taken by inserts whose operation has not completed yet. */
  readonly pendingNames = new Set<string>();
  /** Certificate key → when it started being served by a forwarding rule (managed-certificate lifecycle). */
  readonly servedSince = new Map<string, number>();
  counters = { id: 1_000_000_000_000_000n, ipv4: 0, ipv6: 0, op: 0 };
  /** The emulated Cloud Run Admin API (./run.ts): projects where it is enabled (`*`: all), services by `project|region|name`. */
  readonly run = { enabled: new TrackedSet<string>(() => (this.runChanged = true)), services: new TrackedMap<string, Json>(() => (this.runChanged = true)) };
  /** Whether `run` changed since the journal last took the changes. */
  private runChanged = false;
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

  /** Writes the whole state to `file` (through a temporary file and a rename); returns its size in bytes. */
  save(file: string): number {
    const tmp = `${file}.tmp-${process.pid}`;
    const text = JSON.stringify(this.snapshot());
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    this.clearChanges();
    return text.length;
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
    this.clearChanges();
  }

  /** The changes since the last call (or save/load), as journal records; the counters last. */
  takeChanges(): JournalRecord[] {
    const out: JournalRecord[] = [];
    for (const key of this.resources.changed) out.push({ r: key, b: this.resources.get(key) ?? null });
    for (const key of this.operations.changed) out.push({ o: key, op: this.operations.get(key) ?? null });
    for (const key of this.requestIds.changed) out.push({ q: key, to: this.requestIds.get(key) ?? null });
    if (this.runChanged) out.push({ run: { enabled: [...this.run.enabled], services: [...this.run.services] } });
    if (out.length > 0) out.push({ c: { ...this.counters, id: this.counters.id.toString() } });
    this.clearChanges();
    return out;
  }

  /** Applies one journal record (read back at start); throws on a record that is not one. */
  replay(rec: JournalRecord): void {
    if ('r' in rec && typeof rec.r === 'string') {
      if (rec.b === null) this.delete(keyRef(rec.r));
      else if (isObject(rec.b)) this.put(keyRef(rec.r), rec.b);
      else throw new Error('a resource record without a body');
    } else if ('o' in rec && typeof rec.o === 'string') {
      if (rec.op === null) this.operations.delete(rec.o);
      else if (isObject(rec.op) && isObject(rec.op.body)) this.operations.set(rec.o, rec.op);
      else throw new Error('an operation record without an operation');
    } else if ('q' in rec && typeof rec.q === 'string') {
      if (rec.to === null) this.requestIds.delete(rec.q);
      else if (typeof rec.to === 'string') this.requestIds.set(rec.q, rec.to);
      else throw new Error('a request id record without an operation');
    } else if ('run' in rec && isObject(rec.run) && Array.isArray(rec.run.enabled) && Array.isArray(rec.run.services)) {
      this.run.enabled.clear();
      this.run.services.clear();
      for (const p of rec.run.enabled) this.run.enabled.add(String(p));
      for (const [k, v] of rec.run.services) this.run.services.set(String(k), v);
    } else if ('c' in rec && isObject(rec.c) && typeof rec.c.id === 'string' && /^\d+$/.test(rec.c.id)) {
      this.counters = { ...rec.c, id: BigInt(rec.c.id) };
    } else throw new Error('not a journal record');
  }

  private clearChanges(): void {
    this.resources.changed.clear();
    this.operations.changed.clear();
    this.requestIds.changed.clear();
    this.runChanged = false;
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function opKey(project: string, scope: string, name: string): string {
  return `${project}|${scope}|${name}`;
}
