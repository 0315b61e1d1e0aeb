/**
 * The emulator's request handling, independent of the HTTP server: a routed request in, a status
 * and JSON body out. Mutations become Operations that finish after `operationMs`; their change is
 * validated when requested (synchronous errors) and again when the operation completes (errors
 * then land in the operation, as GCP reports conflicts detected asynchronously).
 */
import { randomBytes } from 'node:crypto';
import { checkBody } from '../contract/check.js';
import { contract, schemaFor, type ContractMethod, type ContractProperty } from '../contract/index.js';
import { DEFAULT_CONFIG, seededRandom, type EmulatorConfig } from './config.js';
import { checkName, labelFingerprintOf, mergePatch, type Ctx } from './context.js';
import { ApiError, errors, HTTP_TEXT } from './errors.js';
import { parseFilter } from './filter.js';
import { withComputedFields, withStoredDefaults } from './gcp-adds.js';
import { isServed, trackServing } from './kinds/certificate.js';
import { KIND_SPECS, specForCollection, type KindSpec } from './kinds/index.js';
import { checkRule, DEFAULT_PRIORITY } from './kinds/security-policy.js';
import { regionLink, relPath, SELF_LINK_BASE, selfLinkOf, type Ref } from './refs.js';
import { route, type Route } from './router.js';
import { RunApi } from './run.js';
import { opKey, refKey, Store, type Json, type StoredOperation } from './store.js';

export interface EmulatorRequest {
  readonly method: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface EmulatorResponse {
  readonly status: number;
  readonly body: Json | undefined;
  /** For the request log. */
  readonly route?: string;
  readonly operation?: string;
}

/** Regions the emulator lists in aggregatedList scopes (a realistic subset of GCP's). */
export const REGIONS = [
  'africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2',
  'asia-southeast1', 'asia-southeast2', 'australia-southeast1', 'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-southwest1',
  'europe-west1', 'europe-west10', 'europe-west12', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9',
  'me-central1', 'me-central2', 'me-west1', 'northamerica-northeast1', 'northamerica-northeast2', 'southamerica-east1', 'southamerica-west1',
  'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4',
];

const GLOBAL_PARAMS = new Set(['$.xgafv', 'callback', 'upload_protocol', 'prettyPrint', 'fields', 'userIp', 'oauth_token', 'quotaUser', 'alt', 'access_token', 'uploadType', 'key']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Collection segment → the key of the typed array in a ScopedList / the List kind. */
const LIST_KEYS: Record<string, { array: string; list: string; aggregated: string }> = {
  addresses: { array: 'addresses', list: 'compute#addressList', aggregated: 'compute#addressAggregatedList' },
  sslCertificates: { array: 'sslCertificates', list: 'compute#sslCertificateList', aggregated: 'compute#sslCertificateAggregatedList' },
  networkEndpointGroups: { array: 'networkEndpointGroups', list: 'compute#networkEndpointGroupList', aggregated: 'compute#networkEndpointGroupAggregatedList' },
  backendServices: { array: 'backendServices', list: 'compute#backendServiceList', aggregated: 'compute#backendServiceAggregatedList' },
  urlMaps: { array: 'urlMaps', list: 'compute#urlMapList', aggregated: 'compute#urlMapsAggregatedList' },
  targetHttpProxies: { array: 'targetHttpProxies', list: 'compute#targetHttpProxyList', aggregated: 'compute#targetHttpProxyAggregatedList' },
  targetHttpsProxies: { array: 'targetHttpsProxies', list: 'compute#targetHttpsProxyList', aggregated: 'compute#targetHttpsProxyAggregatedList' },
  forwardingRules: { array: 'forwardingRules', list: 'compute#forwardingRuleList', aggregated: 'compute#forwardingRuleAggregatedList' },
  securityPolicies: { array: 'securityPolicies', list: 'compute#securityPolicyList', aggregated: 'compute#securityPoliciesAggregatedList' },
};

/** Methods that change a resource through a field of their own: request field → resource field. */
const SETTERS: Record<string, Record<string, { from: string; to: string; optional?: boolean }>> = {
  targetHttpProxies: { setUrlMap: { from: 'urlMap', to: 'urlMap' } },
  targetHttpsProxies: {
    setUrlMap: { from: 'urlMap', to: 'urlMap' },
    setSslCertificates: { from: 'sslCertificates', to: 'sslCertificates' },
    setQuicOverride: { from: 'quicOverride', to: 'quicOverride' },
    setSslPolicy: { from: 'sslPolicy', to: 'sslPolicy', optional: true },
  },
  globalForwardingRules: { setTarget: { from: 'target', to: 'target' } },
  backendServices: { setSecurityPolicy: { from: 'securityPolicy', to: 'securityPolicy', optional: true } },
};

interface Mutation {
  readonly spec: KindSpec;
  readonly target: Ref;
  readonly method: string;
  /** Validates against the current state and returns the change to make; throws ApiError. */
  readonly check: () => () => void;
  /** Settles immediately (GCP answers setLabels on forwarding rules DONE at once). */
  readonly instant?: boolean;
  /** Checks that only the operation reports (GCP detects these asynchronously). */
  readonly asyncCheck?: () => void;
}

export class Emulator {
  readonly store: Store;
  readonly config: EmulatorConfig;
  readonly random: () => number;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly waiters = new Map<string, Set<() => void>>();
  /** Called after every completed change (the server persists state here). */
  onChange: () => void = () => {};
  /** The Cloud Run Admin API beside Compute (./run.ts). */
  readonly run: RunApi;

  constructor(config: Partial<EmulatorConfig> = {}, private readonly clock: () => number = Date.now) {
    this.config = { ...DEFAULT_CONFIG, ...config, faults: { ...DEFAULT_CONFIG.faults, ...(config.faults ?? {}) } };
    this.random = seededRandom(this.config.seed);
    this.store = new Store((ref, body) => {
      const spec = specForCollection(ref.collection);
      return spec ? spec.references(ref, body) : [];
    });
    this.run = new RunApi(this.store, this.config.runDenied, this.clock);
  }

  /** After loading a state file: completes operations left RUNNING (their timers are gone) and resumes certificate provisioning. */
  settlePending(): void {
    for (const op of this.store.operations.values()) {
      if (op.body.status !== 'DONE') this.finishOperation(op, undefined, () => () => {});
    }
    for (const project of new Set(this.store.all().map((r) => r.ref.project))) trackServing(this.ctx(project, 'v1'));
  }

  private savedVersion = -1;

  private persistIfChanged(): void {
    if (this.store.version === this.savedVersion) return;
    this.savedVersion = this.store.version;
    this.onChange();
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const set of this.waiters.values()) for (const w of set) w();
  }

  private ctx(project: string, api: 'v1' | 'beta'): Ctx {
    return { store: this.store, project, api, config: this.config, now: this.clock };
  }

  async handle(req: EmulatorRequest): Promise<EmulatorResponse> {
    if (RunApi.owns(req.pathname)) {
      const out = this.run.handle(req.method, req.pathname, req.query, req.body);
      this.persistIfChanged();
      return out;
    }
    const r = route(req.method, req.pathname);
    if (!r) return this.error(errors.methodNotFound(req.method, req.pathname));
    const label = `${r.resource}.${r.method}`;
    try {
      const auth = req.headers.authorization;
      if (!auth && !req.query.get('key') && !req.query.get('access_token')) {
        throw errors.unauthenticated();
      }
      this.checkParams(r.spec, r.params, req.query);
      let body: Json | undefined;
      if (r.spec.request) {
        try {
          body = req.body.trim() ? (JSON.parse(req.body) as Json) : {};
        } catch (e) {
          throw errors.badJson((e as Error).message);
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body)) throw errors.badJson('Expected an object.');
        const issues = checkBody(r.spec.request, body, r.api, 'response', 'resource');
        if (issues.length > 0) throw new ApiError(400, 'invalid', issues[0]!.message);
        body = asGcpReadsIt(body, schemaFor(r.spec.request, r.api)!, r.api);
      }
      const out = await this.dispatch(r, req.query, body);
      this.persistIfChanged(); // a read can advance state too (a certificate turning ACTIVE)
      return { status: 200, body: out, route: label, operation: out?.kind === 'compute#operation' ? String(out.name) : undefined };
    } catch (e) {
      if (e instanceof ApiError) return { ...this.error(e), route: label };
      throw e;
    }
  }

  private error(e: ApiError): EmulatorResponse {
    return { status: e.code, body: e.toBody() };
  }

  private checkParams(spec: ContractMethod, params: Record<string, string>, query: URLSearchParams): void {
    for (const [name, value] of Object.entries(params)) {
      const p = spec.parameters[name];
      if (p?.pattern && !new RegExp(`^(?:${p.pattern})$`).test(value)) throw errors.invalidField(name, value, `Must be a match of regex '${p.pattern}'`);
    }
    for (const [name, value] of query) {
      if (GLOBAL_PARAMS.has(name)) continue;
      const p = spec.parameters[name];
      if (!p || p.location !== 'query') throw errors.badJson(`Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`);
      if (p.type === 'integer' && !/^\d+$/.test(value)) throw errors.invalidField(name, value, 'Must be a non-negative integer.');
      if (p.type === 'boolean' && !/^(true|false)$/.test(value)) throw errors.invalidField(name, value, 'Must be true or false.');
    }
    const requestId = query.get('requestId');
    if (requestId !== null && (!UUID.test(requestId) || /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(requestId))) {
      throw errors.invalidField('requestId', requestId, 'The request ID must be a valid UUID with the exception that zero UUID is not supported (00000000-0000-0000-0000-000000000000).');
    }
  }

  private async dispatch(r: Route, query: URLSearchParams, body: Json | undefined): Promise<Json | undefined> {
    const project = r.params.project!;
    const ctx = this.ctx(project, r.api);
    if (r.resource === 'globalOperations' || r.resource === 'regionOperations') return this.operations(r, query);
    if (r.resource === 'networkEndpointGroups' && r.method === 'aggregatedList') return this.aggregatedList(ctx, 'networkEndpointGroups', query, r.api);
    const spec = KIND_SPECS[r.resource];
    if (!spec) throw this.notImplemented(r);
    const scope = spec.regional ? r.params.region! : 'global';
    const nameParam = r.spec.parameterOrder.find((p) => p !== 'project' && p !== 'region' && p !== 'resource');
    const ref = (name: string): Ref => ({ project, scope, collection: spec.collection, name });
    switch (r.method) {
      case 'list':
        return this.list(ctx, spec, scope, query, r.api);
      case 'aggregatedList':
        return this.aggregatedList(ctx, spec.collection, query, r.api);
      case 'get':
        return this.view(ctx, spec, ref(r.params[nameParam!]!));
      case 'insert': {
        const name = checkName(body!.name);
        return this.mutate(ctx, query, { spec, target: ref(name), method: 'insert', check: () => this.insertChange(ctx, spec, ref(name), body!) });
      }
      case 'delete':
        return this.mutate(ctx, query, this.deletion(ctx, spec, ref(r.params[nameParam!]!)));
      case 'patch':
      case 'update':
        return this.mutate(ctx, query, this.updateMutation(ctx, spec, ref(r.params[nameParam!]!), r.method, body!));
      case 'setLabels':
        return this.mutate(ctx, query, this.labelsMutation(ctx, spec, ref(r.params.resource!), body!));
      case 'addRule':
      case 'patchRule':
      case 'removeRule':
      case 'getRule':
        return this.rules(ctx, query, spec, ref(r.params[nameParam!]!), r.method, body);
      case 'invalidateCache':
        return this.mutate(ctx, query, { spec, target: ref(r.params[nameParam!]!), method: 'invalidateCache', check: () => (this.mustGet(ref(r.params[nameParam!]!)), () => {}) });
      case 'getHealth':
        this.mustGet(ref(r.params[nameParam!]!));
        return { kind: 'compute#backendServiceGroupHealth' };
      default: {
        const setter = SETTERS[r.resource]?.[r.method];
        if (!setter) throw this.notImplemented(r);
        const target = ref(r.params[nameParam!]!);
        return this.mutate(ctx, query, {
          spec,
          target,
          method: r.method,
          check: () => {
            const prev = this.mustGet(target);
            const value = body![setter.from];
            if (value === undefined && !setter.optional) throw errors.required(`resource.${setter.from}`);
            const next: Json = { ...prev };
            if (value === undefined || value === null || value === '') delete next[setter.to];
            else next[setter.to] = value;
            const stored = withStoredDefaults(ctx, target, spec.change!(ctx, target, prev, next));
            return () => this.store.put(target, stored);
          },
        });
      }
    }
  }

  private notImplemented(r: Route): ApiError {
    return new ApiError(501, 'notImplemented', `${r.resource}.${r.method} is part of the Compute API but not of the lb-plan emulator.`);
  }

  private mustGet(ref: Ref): Json {
    const body = this.store.get(ref);
    if (!body) throw errors.notFound(relPath(ref));
    return body;
  }

  private view(ctx: Ctx, spec: KindSpec, ref: Ref): Json {
    const stored = this.mustGet(ref);
    return present(ctx, spec, ref, stored);
  }

  private insertChange(ctx: Ctx, spec: KindSpec, ref: Ref, body: Json): () => void {
    if (this.store.has(ref) || this.store.pendingNames.has(refKey(ref))) throw errors.alreadyExists(relPath(ref));
    const stored = withStoredDefaults(ctx, ref, spec.create(ctx, ref, body));
    return () => this.store.put(ref, stored);
  }

  private deletion(ctx: Ctx, spec: KindSpec, ref: Ref): Mutation {
    const inUse = (): void => {
      const users = this.store.users(ref);
      if (users.length > 0) throw errors.inUse(spec.word, relPath(ref), relPath(users[0]!));
    };
    // GCP reports a security policy still attached through the operation, others synchronously.
    const asyncOnly = spec.collection === 'securityPolicies';
    return {
      spec,
      target: ref,
      method: 'delete',
      check: () => {
        this.mustGet(ref);
        if (!asyncOnly) inUse();
        return () => {
          this.store.delete(ref);
          this.store.servedSince.delete(refKey(ref));
        };
      },
      asyncCheck: asyncOnly ? inUse : undefined,
    };
  }

  private updateMutation(ctx: Ctx, spec: KindSpec, ref: Ref, method: 'patch' | 'update', body: Json): Mutation {
    return {
      spec,
      target: ref,
      method,
      check: () => {
        const prev = this.mustGet(ref);
        if (!spec.change) throw new ApiError(400, 'invalid', `The resource '${relPath(ref)}' cannot be changed.`);
        this.checkFingerprint(spec, prev, body, method);
        if (body.name !== undefined && body.name !== ref.name) throw errors.invalidField('resource.name', body.name, 'The name of a resource cannot be changed.');
        const server = outputOnlyOf(prev, spec);
        const next = method === 'patch' ? mergePatch(prev, body) : { ...server, ...body, name: ref.name };
        const stored = withStoredDefaults(ctx, ref, spec.change(ctx, ref, prev, next));
        return () => this.store.put(ref, { ...stored, ...server, fingerprint: stored.fingerprint ?? prev.fingerprint });
      },
    };
  }

  private checkFingerprint(spec: KindSpec, prev: Json, body: Json, method: string): void {
    if (spec.fingerprint === 'none') return;
    if (body.fingerprint === undefined) {
      if (spec.fingerprint === 'required') {
        if (method === 'update') throw errors.required('resource.fingerprint');
        throw new ApiError(412, 'conditionNotMet', 'Precondition Failed');
      }
      return;
    }
    if (body.fingerprint !== prev.fingerprint) throw errors.fingerprint();
  }

  private labelsMutation(ctx: Ctx, spec: KindSpec, ref: Ref, body: Json): Mutation {
    return {
      spec,
      target: ref,
      method: 'setLabels',
      instant: spec.collection === 'forwardingRules',
      check: () => {
        const prev = this.mustGet(ref);
        if (!spec.labels) throw this.notImplemented({ resource: spec.collection, method: 'setLabels' } as Route);
        if (body.labelFingerprint === undefined) throw errors.required('resource.labelFingerprint');
        if (body.labelFingerprint !== prev.labelFingerprint) throw errors.labelFingerprint();
        const labels = (body.labels as Json | undefined) ?? {};
        const next: Json = { ...prev, labels };
        if (Object.keys(labels).length === 0) delete next.labels;
        const stored = spec.change ? spec.change(ctx, ref, prev, next) : { ...next };
        return () => this.store.put(ref, { ...stored, labelFingerprint: labelFingerprintOf(next.labels) });
      },
    };
  }

  private rules(ctx: Ctx, query: URLSearchParams, spec: KindSpec, ref: Ref, method: string, body: Json | undefined): Json {
    const priority = query.get('priority') === null ? undefined : Number(query.get('priority'));
    const find = (p: Json, pr: number | undefined): { rules: Json[]; index: number } => {
      const rules = [...(p.rules as Json[])];
      const index = rules.findIndex((x) => x.priority === (pr ?? 0));
      if (index < 0) throw errors.invalidField('priority', pr ?? 0, 'Invalid value for field: The rule does not exist in the security policy.');
      return { rules, index };
    };
    if (method === 'getRule') {
      const f = find(this.mustGet(ref), priority);
      return f.rules[f.index]!;
    }
    return this.mutate(ctx, query, {
      spec,
      target: ref,
      method,
      check: () => {
        const prev = this.mustGet(ref);
        let rules: Json[];
        if (method === 'addRule') {
          const rule = checkRule(body!, 'resource');
          if ((prev.rules as Json[]).some((x) => x.priority === rule.priority)) throw errors.invalidField('resource.priority', rule.priority, 'A rule with this priority already exists.');
          rules = [...(prev.rules as Json[]), rule];
        } else if (method === 'patchRule') {
          const f = find(prev, priority);
          rules = f.rules;
          rules[f.index] = checkRule({ ...rules[f.index]!, ...body! }, 'resource');
        } else {
          const f = find(prev, priority);
          if (f.rules[f.index]!.priority === DEFAULT_PRIORITY) throw errors.invalid('The default rule of a security policy cannot be removed.');
          rules = f.rules.filter((_, i) => i !== f.index);
        }
        const stored = spec.change!(ctx, ref, prev, { ...prev, rules });
        return () => this.store.put(ref, stored);
      },
    });
  }

  // ---------------------------------------------------------------- operations

  private mutate(ctx: Ctx, query: URLSearchParams, m: Mutation): Json {
    const requestId = query.get('requestId');
    const dedupeKey = requestId ? `${ctx.project}|${requestId}` : undefined;
    if (dedupeKey) {
      const existing = this.store.requestIds.get(dedupeKey);
      const op = existing ? this.store.operations.get(existing) : undefined;
      if (op) return op.body;
    }
    if (this.config.maxConcurrentOperations > 0) {
      const running = [...this.store.operations.values()].filter((o) => o.project === ctx.project && o.body.status !== 'DONE').length;
      if (running >= this.config.maxConcurrentOperations) throw errors.concurrentOps(ctx.project);
    }
    m.check();
    const op = this.newOperation(ctx, m, requestId);
    if (dedupeKey) this.store.requestIds.set(dedupeKey, opKey(op.project, op.scope, String(op.body.name)));
    const failure = this.injectedOperationFailure(m);
    const insertKey = m.method === 'insert' ? refKey(m.target) : undefined;
    const complete = (): void => {
      if (insertKey) this.store.pendingNames.delete(insertKey);
      this.finishOperation(op, failure, () => {
        m.asyncCheck?.();
        return m.check();
      });
    };
    if (this.config.operationMs <= 0 || m.instant) complete();
    else {
      if (insertKey) this.store.pendingNames.add(insertKey);
      const t = setTimeout(() => {
        this.timers.delete(t);
        complete();
      }, this.config.operationMs);
      this.timers.add(t);
    }
    return op.body;
  }

  /** An injected error for this mutation's operation (it then ends DONE with the error and changes nothing). */
  private injectedOperationFailure(m: Mutation): ApiError | undefined {
    const f = this.config.faults;
    const r = this.random();
    const table: [number, () => ApiError][] = [
      [f.failedOperation, () => errors.quotaExceeded(`${m.spec.collection.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`)],
      [f.operationNotReady, () => errors.notReady(relPath(m.target))],
      [f.operationInternal, errors.operationInternal],
      [m.method === 'delete' ? f.operationInUse : 0, () => errors.inUse(m.spec.word, relPath(m.target), `projects/${m.target.project}/global/urlMaps/propagating`)],
    ];
    let acc = 0;
    for (const [rate, make] of table) {
      acc += rate;
      if (r < acc) return make();
    }
    return undefined;
  }

  private newOperation(ctx: Ctx, m: Mutation, requestId: string | null): StoredOperation {
    const scope = m.spec.regional ? m.target.scope : 'global';
    const now = new Date(this.clock()).toISOString();
    const name = `operation-${this.clock()}-${randomBytes(6).toString('hex')}-${randomBytes(4).toString('hex')}`;
    const opRef: Ref = { project: ctx.project, scope, collection: 'operations', name };
    const existing = this.store.get(m.target);
    const body: Json = {
      kind: 'compute#operation',
      id: this.store.nextId(),
      name,
      operationType: m.spec.operationType ? m.spec.operationType(m.method) : m.method,
      targetLink: selfLinkOf(m.target),
      targetId: existing?.id ?? this.store.nextId(),
      status: 'RUNNING',
      user: 'emulator@lb-plan.local',
      progress: 0,
      insertTime: now,
      startTime: now,
      selfLink: selfLinkOf(opRef),
      ...(scope !== 'global' ? { region: regionLink(ctx.project, scope) } : {}),
      ...(requestId ? { clientOperationId: requestId } : {}),
    };
    const op: StoredOperation = { project: ctx.project, scope, body };
    this.store.operations.set(opKey(ctx.project, scope, name), op);
    return op;
  }

  private finishOperation(op: StoredOperation, injected: ApiError | undefined, check: () => () => void): void {
    let failure = injected;
    if (!failure) {
      try {
        check()();
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        failure = e;
      }
    }
    op.body = {
      ...op.body,
      status: 'DONE',
      progress: 100,
      endTime: new Date(this.clock()).toISOString(),
      ...(failure
        ? {
            error: { errors: [{ code: failure.operationCode, message: failure.message }] },
            httpErrorStatusCode: failure.code,
            httpErrorMessage: HTTP_TEXT[failure.code] ?? 'ERROR',
          }
        : {}),
    };
    trackServing(this.ctx(op.project, 'v1'));
    this.store.operations.touch(opKey(op.project, op.scope, String(op.body.name))); // operations are state too
    this.store.pruneOperations();
    this.persistIfChanged();
    const key = opKey(op.project, op.scope, String(op.body.name));
    for (const w of this.waiters.get(key) ?? []) w();
    this.waiters.delete(key);
  }

  private async operations(r: Route, query: URLSearchParams): Promise<Json | undefined> {
    const project = r.params.project!;
    const scope = r.resource === 'regionOperations' ? r.params.region! : 'global';
    if (r.method === 'list' || r.method === 'aggregatedList') {
      const ops = [...this.store.operations.values()].filter((o) => o.project === project && (r.method === 'aggregatedList' || o.scope === scope)).map((o) => o.body);
      if (r.method === 'list') return this.page(ops, query, 'compute#operationList', `${SELF_LINK_BASE}v1/projects/${project}/${scope === 'global' ? 'global' : `regions/${scope}`}/operations`);
      return this.scoped(ops.map((b) => ({ scope: b.region ? `regions/${String(b.region).split('/').pop()}` : 'global', body: b })), 'operations', 'compute#operationAggregatedList', query, project, r.api);
    }
    const name = r.params.operation!;
    const key = opKey(project, scope, name);
    const op = this.store.operations.get(key) ?? [...this.store.operations.values()].find((o) => o.project === project && o.scope === scope && o.body.id === name);
    if (!op) throw errors.notFound(`projects/${project}/${scope === 'global' ? 'global' : `regions/${scope}`}/operations/${name}`);
    if (r.method === 'delete') {
      this.store.operations.delete(opKey(project, scope, String(op.body.name)));
      return undefined;
    }
    if (r.method === 'wait' && op.body.status !== 'DONE') {
      await new Promise<void>((resolve) => {
        const k = opKey(project, scope, String(op.body.name));
        let set = this.waiters.get(k);
        if (!set) this.waiters.set(k, (set = new Set()));
        const done = (): void => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          set!.delete(done);
          resolve();
        }, this.config.waitDeadlineMs);
        set.add(done);
      });
    }
    return op.body;
  }

  // ---------------------------------------------------------------- lists

  private list(ctx: Ctx, spec: KindSpec, scope: string, query: URLSearchParams, api: 'v1' | 'beta'): Json {
    const keys = LIST_KEYS[spec.collection]!;
    const test = parseFilter(query.get('filter') ?? undefined);
    const items = this.store
      .list(ctx.project, spec.collection, scope)
      .map(({ ref, body }) => present(ctx, spec, ref, body))
      .filter(test);
    const where = scope === 'global' ? 'global' : `regions/${scope}`;
    return this.page(items, query, keys.list, `${SELF_LINK_BASE}${api}/projects/${ctx.project}/${where}/${spec.collection}`);
  }

  private pageSize(query: URLSearchParams): number {
    const raw = query.get('maxResults');
    if (raw === null) return this.config.defaultPageSize;
    const n = Number(raw);
    if (n > 500) throw errors.invalidField('maxResults', raw, 'Must be less than or equal to 500');
    return n === 0 ? this.config.defaultPageSize : n;
  }

  private offset(query: URLSearchParams): number {
    const token = query.get('pageToken');
    if (!token) return 0;
    const m = /^o(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    if (!m) throw errors.invalidField('pageToken', token, 'Invalid page token.');
    return Number(m[1]);
  }

  private page(items: Json[], query: URLSearchParams, kind: string, selfLink: string): Json {
    const size = this.pageSize(query);
    const start = this.offset(query);
    const slice = items.slice(start, start + size);
    const next = start + size < items.length ? Buffer.from(`o${start + size}`).toString('base64url') : undefined;
    // Not every list schema has selfLink (SecurityPolicyList has none).
    const hasSelfLink = Object.values(contract.schemas).some((x) => x.properties?.kind?.default === kind && x.properties.selfLink !== undefined);
    return {
      kind,
      id: selfLink.replace(/^.*\/compute\/(v1|beta)\//, ''),
      ...(slice.length ? { items: slice } : {}),
      ...(next ? { nextPageToken: next } : {}),
      ...(hasSelfLink ? { selfLink } : {}),
    };
  }

  private aggregatedList(ctx: Ctx, collection: string, query: URLSearchParams, api: 'v1' | 'beta'): Json {
    const spec = specForCollection(collection)!;
    const test = parseFilter(query.get('filter') ?? undefined);
    const items = this.store
      .all()
      .filter(({ ref }) => ref.project === ctx.project && ref.collection === collection)
      .sort((a, b) => a.ref.name.localeCompare(b.ref.name))
      .map(({ ref, body }) => ({ scope: ref.scope === 'global' ? 'global' : `regions/${ref.scope}`, body: present(ctx, spec, ref, body) }))
      .filter((x) => test(x.body));
    return this.scoped(items, LIST_KEYS[collection]!.array, LIST_KEYS[collection]!.aggregated, query, ctx.project, api);
  }

  private scoped(items: { scope: string; body: Json }[], array: string, kind: string, query: URLSearchParams, project: string, api: 'v1' | 'beta'): Json {
    const size = this.pageSize(query);
    const start = this.offset(query);
    const slice = items.slice(start, start + size);
    const next = start + size < items.length ? Buffer.from(`o${start + size}`).toString('base64url') : undefined;
    const scopes = ['global', ...REGIONS.map((r) => `regions/${r}`)];
    for (const i of slice) if (!scopes.includes(i.scope)) scopes.push(i.scope);
    const out: Json = {};
    for (const s of scopes.sort()) {
      const here = slice.filter((i) => i.scope === s).map((i) => i.body);
      out[s] = here.length
        ? { [array]: here }
        : { warning: { code: 'NO_RESULTS_ON_PAGE', message: `There are no results for scope '${s}' on this page.`, data: [{ key: 'scope', value: s }] } };
    }
    const what = kind === 'compute#operationAggregatedList' ? 'operations' : array;
    return { kind, id: `projects/${project}/aggregated/${what}`, items: out, ...(next ? { nextPageToken: next } : {}), selfLink: `${SELF_LINK_BASE}${api}/projects/${project}/aggregated/${what}` };
  }

  /** For tests and the CLI: whether a certificate is served (attached and reachable). */
  isServed(ref: Ref): boolean {
    return isServed(this.ctx(ref.project, 'v1'), ref);
  }
}

/** A resource as a read shows it: the kind's view of its state, then what GCP computes (./gcp-adds.ts). */
function present(ctx: Ctx, spec: KindSpec, ref: Ref, stored: Json): Json {
  return withComputedFields(ctx, ref, spec.view ? spec.view(ctx, ref, stored) : stored);
}

/**
 * A request body as GCP reads it: output-only fields dropped (GCP ignores them), and int32 and uint32 fields given as
 * decimal strings read as numbers. The proto3 JSON mapping Google APIs read requests with takes "Either numbers or
 * strings" for them (protobuf.dev/programming-guides/proto3/#json; the contract check lets such strings through,
 * src/contract/check.ts), and GCP stores and answers the number: a backend service's timeoutSec "30" reads back as 30.
 */
function asGcpReadsIt(body: Json, schema: ContractProperty, api: 'v1' | 'beta'): Json {
  const out: Json = {};
  const props = schema.properties ?? {};
  for (const [k, v] of Object.entries(body)) {
    const p0 = props[k];
    if (!p0) {
      out[k] = v;
      continue;
    }
    if (p0.outputOnly) continue;
    const p = p0.$ref ? schemaFor(p0.$ref, api) ?? p0 : p0;
    if (p.properties && v && typeof v === 'object' && !Array.isArray(v)) out[k] = asGcpReadsIt(v as Json, p, api);
    else if (p0.type === 'array' && Array.isArray(v) && p0.items?.$ref) {
      const item = schemaFor(p0.items.$ref, api);
      out[k] = v.map((x) => (item && x && typeof x === 'object' ? asGcpReadsIt(x as Json, item, api) : x));
    } else out[k] = p0.type === 'integer' && typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** The server-owned fields of a stored resource, kept across PUT (which replaces the rest). */
function outputOnlyOf(prev: Json, spec: KindSpec): Json {
  const schema = schemaFor(spec.schema, 'v1')!;
  const out: Json = {};
  for (const [k, p] of Object.entries(schema.properties ?? {})) if (p.outputOnly && prev[k] !== undefined) out[k] = prev[k];
  return out;
}
