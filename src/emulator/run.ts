/**
 * The emulated Cloud Run Admin API v2, the part lb-plan reads (services.get, services.list) and what
 * tests and users need to set it up: services.create and the Service Usage API's services.enable for
 * run.googleapis.com. Same server and endpoint as the Compute API (its paths start /v2/ and /v1/).
 *
 * As GCP does (sources in comments; googleapis' JSON error format, https://cloud.google.com/apis/design/errors):
 * - The API answers only in a project where it is enabled; elsewhere 403 SERVICE_DISABLED (the body
 *   google-gemini/gemini-cli#1343 records; Cloud Run's title in GoogleCloudPlatform/community#1339).
 *   Enabled: by `--run-services FILE` (every project), by services.enable, or by creating a service
 *   in a project where it is enabled. With no services seeded it is disabled everywhere, so a plan
 *   says once that the services were not checked instead of warning about every one.
 * - Where the caller lacks run.services.* (`runDenied` projects) every call is 403 PERMISSION_DENIED
 *   "Permission 'run.services.get' denied on resource '…' (or resource may not exist)."
 *   (google-github-actions/deploy-cloudrun#182), ErrorInfo IAM_PERMISSION_DENIED (IAM's "permission
 *   error messages"): GCP does not say whether the service exists.
 * - A missing service: 404 NOT_FOUND "Resource 'S' of kind 'SERVICE' in region 'R' in project 'P'
 *   does not exist." (gcloud's NOT_FOUND as users quote it).
 * - A new service's ingress is INGRESS_TRAFFIC_ALL unless set (https://cloud.google.com/run/docs/securing/ingress:
 *   "All" is the default), its traffic 100% to the latest revision; the body carries the output
 *   fields v2 documents (uid, generation, createTime, uri, trafficStatuses, conditions…).
 */
import { randomUUID } from 'node:crypto';
import type { Json, Store } from './store.js';

export interface RunResponse {
  readonly status: number;
  readonly body: Json | undefined;
  readonly route: string;
}

/** A service to seed (`--run-services FILE`); `project` omitted: it exists in every project. */
export interface SeedService {
  readonly name: string;
  readonly region: string;
  readonly project?: string;
  readonly ingress?: string;
  readonly tags?: readonly string[];
}

export const INGRESS_VALUES = ['INGRESS_TRAFFIC_ALL', 'INGRESS_TRAFFIC_INTERNAL_ONLY', 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER', 'INGRESS_TRAFFIC_NONE'] as const;
/** Cloud Run service names (and tags): RFC 1035, at most 63 characters ("services.create: serviceId … must be unique … and match [a-z]([-a-z0-9]*[a-z0-9])?"). */
export const RUN_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const EVERY_PROJECT = '*';

type Status = 'NOT_FOUND' | 'PERMISSION_DENIED' | 'INVALID_ARGUMENT' | 'ALREADY_EXISTS';
const HTTP: Readonly<Record<Status, number>> = { NOT_FOUND: 404, PERMISSION_DENIED: 403, INVALID_ARGUMENT: 400, ALREADY_EXISTS: 409 };

class RunError extends Error {
  constructor(
    readonly status: Status,
    message: string,
    readonly details?: readonly Json[],
  ) {
    super(message);
  }

  body(): Json {
    return { error: { code: HTTP[this.status], message: this.message, status: this.status, ...(this.details ? { details: this.details } : {}) } };
  }
}

function disabled(project: string): RunError {
  const url = `https://console.developers.google.com/apis/api/run.googleapis.com/overview?project=${project}`;
  const message = `Cloud Run Admin API has not been used in project ${project} before or it is disabled. Enable it by visiting ${url} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`;
  return new RunError('PERMISSION_DENIED', message, [
    { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'SERVICE_DISABLED', domain: 'googleapis.com', metadata: { service: 'run.googleapis.com', consumer: `projects/${project}`, containerInfo: project, serviceTitle: 'Cloud Run Admin API', activationUrl: url } },
    { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message },
    { '@type': 'type.googleapis.com/google.rpc.Help', links: [{ description: 'Google developers console API activation', url }] },
  ]);
}

function denied(permission: string, resource: string): RunError {
  return new RunError('PERMISSION_DENIED', `Permission '${permission}' denied on resource '${resource}' (or resource may not exist).`, [
    { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'IAM_PERMISSION_DENIED', domain: 'iam.googleapis.com', metadata: { permission, resource } },
  ]);
}

/**
 * Where a services.list page token says to go on. GCP's page tokens are opaque and bound to the
 * request they were issued for: a token the service did not issue, or one used with another parent,
 * is 400 INVALID_ARGUMENT (AIP-158, https://google.aip.dev/158: "the API should return an
 * INVALID_ARGUMENT error" when other parameters change). The emulator's token is its offset and
 * parent; the message wording is the emulator's own, no real body was recorded.
 */
function runOffset(token: string | null, parent: string): number {
  if (!token) return 0;
  const m = /^(.*)\|(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m || m[1] !== parent || Buffer.from(`${m[1]}|${m[2]}`).toString('base64url') !== token) throw new RunError('INVALID_ARGUMENT', `Invalid page token: '${token.slice(0, 80)}'.`);
  return Number(m[2]);
}

const key = (project: string, region: string, name: string): string => `${project}|${region}|${name}`;

/** The Cloud Run (and Service Usage) requests of the emulator. State lives in the Store, so `--state` keeps it. */
export class RunApi {
  constructor(
    private readonly store: Store,
    private readonly deniedProjects: readonly string[],
    private readonly now: () => number,
  ) {}

  /** Whether `pathname` is one of this API's; the Compute API has the rest. */
  static owns(pathname: string): boolean {
    return pathname.startsWith('/v2/') || /^\/v1\/projects\/[^/]+\/services\//.test(pathname);
  }

  /** Seeds services (`--run-services`): the API is enabled in every project. */
  seed(services: readonly SeedService[]): void {
    this.store.run.enabled.add(EVERY_PROJECT);
    for (const s of services) {
      const traffic = [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }, ...(s.tags ?? []).map((tag) => ({ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', tag }))];
      this.put(s.project ?? EVERY_PROJECT, s.region, s.name, { ingress: s.ingress ?? 'INGRESS_TRAFFIC_ALL', traffic, template: { containers: [{ image: 'us-docker.pkg.dev/cloudrun/container/hello' }] } });
    }
  }

  handle(method: string, pathname: string, query: URLSearchParams, text: string): RunResponse {
    const enable = /^\/v1\/projects\/([^/]+)\/services\/([^/:]+):enable$/.exec(pathname);
    const one = /^\/v2\/projects\/([^/]+)\/locations\/([^/]+)\/services\/([^/]+)$/.exec(pathname);
    const all = /^\/v2\/projects\/([^/]+)\/locations\/([^/]+)\/services$/.exec(pathname);
    try {
      if (enable && method === 'POST') return this.ok('serviceusage.services.enable', this.enable(decodeURIComponent(enable[1]!), decodeURIComponent(enable[2]!)));
      if (one && method === 'GET') return this.ok('run.services.get', this.get(...decoded(one)));
      if (all && method === 'GET') {
        const [project, region] = decoded(all);
        return this.ok('run.services.list', this.list(project, region, query));
      }
      if (all && method === 'POST') {
        const [project, region] = decoded(all);
        return this.ok('run.services.create', this.create(project, region, query.get('serviceId') ?? '', text));
      }
      return { status: 404, route: 'run', body: new RunError('NOT_FOUND', `The requested URL ${pathname} (${method}) was not found on this server.`).body() };
    } catch (e) {
      if (e instanceof RunError) return { status: HTTP[e.status], route: 'run', body: e.body() };
      throw e;
    }
  }

  private ok(route: string, body: Json): RunResponse {
    return { status: 200, route, body };
  }

  /** The checks every Run call makes first: caller allowed, API enabled. */
  private access(project: string, permission: string, resource: string): void {
    if (this.deniedProjects.includes(project)) throw denied(permission, resource);
    if (!this.store.run.enabled.has(project) && !this.store.run.enabled.has(EVERY_PROJECT)) throw disabled(project);
  }

  private find(project: string, region: string, name: string): Json | undefined {
    return this.store.run.services.get(key(project, region, name)) ?? this.store.run.services.get(key(EVERY_PROJECT, region, name));
  }

  private get(project: string, region: string, name: string): Json {
    const resource = `projects/${project}/locations/${region}/services/${name}`;
    this.access(project, 'run.services.get', resource);
    const s = this.find(project, region, name);
    if (!s) throw new RunError('NOT_FOUND', `Resource '${name}' of kind 'SERVICE' in region '${region}' in project '${project}' does not exist.`);
    return withName(s, project, region, name);
  }

  private list(project: string, region: string, query: URLSearchParams): Json {
    this.access(project, 'run.services.list', `projects/${project}/locations/${region}`);
    const names = new Set<string>();
    for (const k of this.store.run.services.keys()) {
      const [p, r, n] = k.split('|') as [string, string, string];
      if (r === region && (p === project || p === EVERY_PROJECT)) names.add(n);
    }
    const sorted = [...names].sort();
    const size = Math.min(Math.max(Number(query.get('pageSize') ?? 100) || 100, 1), 1000);
    const parent = `projects/${project}/locations/${region}`;
    const start = runOffset(query.get('pageToken'), parent);
    const page = sorted.slice(start, start + size).map((n) => withName(this.find(project, region, n)!, project, region, n));
    const next = start + size < sorted.length ? Buffer.from(`${parent}|${start + size}`).toString('base64url') : undefined;
    // proto3 JSON leaves out an empty list and an absent token: an empty answer is `{}`.
    return { ...(page.length ? { services: page } : {}), ...(next ? { nextPageToken: next } : {}) };
  }

  private create(project: string, region: string, serviceId: string, text: string): Json {
    this.access(project, 'run.services.create', `projects/${project}/locations/${region}`);
    if (!RUN_NAME.test(serviceId)) throw new RunError('INVALID_ARGUMENT', `service_id must match [a-z]([-a-z0-9]*[a-z0-9])? and be at most 63 characters, got '${serviceId.slice(0, 80)}'.`);
    let body: Json;
    try {
      body = text.trim() ? (JSON.parse(text) as Json) : {};
    } catch (e) {
      throw new RunError('INVALID_ARGUMENT', `Invalid JSON payload received. ${(e as Error).message}`);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RunError('INVALID_ARGUMENT', 'Invalid JSON payload received. Expected an object.');
    if (this.store.run.services.has(key(project, region, serviceId))) throw new RunError('ALREADY_EXISTS', `Resource '${serviceId}' already exists.`);
    const stored = this.put(project, region, serviceId, body);
    const service = withName(stored, project, region, serviceId);
    // A long-running operation; the emulator's finishes at once.
    return { name: `projects/${project}/locations/${region}/operations/${randomUUID()}`, metadata: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service', ...service }, done: true, response: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service', ...service } };
  }

  private enable(project: string, service: string): Json {
    if (service === 'run.googleapis.com') {
      this.store.run.enabled.add(project);
      this.store.version++;
    }
    return { name: `operations/noop.DONE_OPERATION`, done: true, response: { '@type': 'type.googleapis.com/google.api.serviceusage.v1.EnableServiceResponse', service: { name: `projects/${project}/services/${service}`, state: 'ENABLED' } } };
  }

  /** Validates a create body and stores the service with the fields GCP fills in. */
  private put(project: string, region: string, name: string, body: Json): Json {
    const containers = (body.template as { containers?: { image?: unknown }[] } | undefined)?.containers;
    if (!Array.isArray(containers) || !containers.some((c) => typeof c?.image === 'string' && c.image !== '')) throw new RunError('INVALID_ARGUMENT', 'template.containers: at least one container with an image is required.');
    const ingress = body.ingress ?? 'INGRESS_TRAFFIC_ALL';
    if (typeof ingress !== 'string' || !(INGRESS_VALUES as readonly string[]).includes(ingress)) throw new RunError('INVALID_ARGUMENT', `Invalid value at 'service.ingress': ${JSON.stringify(ingress)}`);
    const traffic = Array.isArray(body.traffic) && body.traffic.length ? (body.traffic as Json[]) : [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST', percent: 100 }];
    const percent = traffic.reduce((n, t) => n + (typeof t.percent === 'number' ? t.percent : 0), 0);
    if (percent !== 100) throw new RunError('INVALID_ARGUMENT', `Traffic percentages must add up to 100, got ${percent}.`);
    for (const t of traffic) if (t.tag !== undefined && (typeof t.tag !== 'string' || !RUN_NAME.test(t.tag))) throw new RunError('INVALID_ARGUMENT', `Invalid traffic tag ${JSON.stringify(t.tag)}.`);
    const time = new Date(this.now()).toISOString();
    const revision = `${name}-00001-${randomUUID().slice(0, 3)}`;
    const hash = randomUUID().replace(/-/g, '').slice(0, 10);
    const stored: Json = {
      uid: randomUUID(),
      generation: '1',
      createTime: time,
      updateTime: time,
      creator: 'lb-plan-emulator@example.iam.gserviceaccount.com',
      lastModifier: 'lb-plan-emulator@example.iam.gserviceaccount.com',
      launchStage: 'GA',
      ingress,
      template: body.template,
      traffic,
      observedGeneration: '1',
      terminalCondition: { type: 'Ready', state: 'CONDITION_SUCCEEDED', lastTransitionTime: time },
      conditions: [{ type: 'RoutesReady', state: 'CONDITION_SUCCEEDED', lastTransitionTime: time }, { type: 'ConfigurationsReady', state: 'CONDITION_SUCCEEDED', lastTransitionTime: time }],
      latestReadyRevision: revision,
      latestCreatedRevision: revision,
      trafficStatuses: traffic.map((t) => ({ type: t.type ?? 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', ...(t.revision ? { revision: t.revision } : {}), ...(t.percent ? { percent: t.percent } : {}), ...(t.tag ? { tag: t.tag, uri: `https://${String(t.tag)}---${name}-${hash}-uc.a.run.app` } : {}) })),
      uri: `https://${name}-${hash}-uc.a.run.app`,
      urls: [`https://${name}-${hash}-uc.a.run.app`],
      etag: `"${randomUUID()}"`,
    };
    this.store.run.services.set(key(project, region, name), stored);
    if (project !== EVERY_PROJECT) this.store.run.enabled.add(project);
    this.store.version++;
    return stored;
  }
}

function decoded(m: RegExpExecArray): [string, string, string] {
  const d = (s: string | undefined): string => {
    try {
      return decodeURIComponent(s ?? '');
    } catch {
      return s ?? '';
    }
  };
  return [d(m[1]), d(m[2]), d(m[3])];
}

function withName(s: Json, project: string, region: string, name: string): Json {
  return { name: `projects/${project}/locations/${region}/services/${name}`, ...s };
}
