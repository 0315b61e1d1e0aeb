/**
 * What the manifest cannot express, field by field, on the resources import reads. Each is a
 * finding: named with where it is, written at the top of the manifest, and it makes import exit 1
 * unless --allow-partial. Fields newer than lb-plan's Compute contract are listed apart: a full PUT
 * (backend services, URL maps) could not carry them back.
 */
import { checkBody } from '../contract/check.js';
import type { LiveResource } from '../gcp/read.js';
import { KIND_INFO } from '../model/kinds.js';
import { isRec } from '../util/data.js';
import type { Finding } from './types.js';

type Rec = Record<string, unknown>;
const present = (x: unknown): boolean => x !== undefined && x !== null && !(Array.isArray(x) && x.length === 0) && !(isRec(x) && Object.keys(x).length === 0);

/** URL map features beyond host rules, path matchers with path rules to services, and tests. */
export function urlMapFindings(m: LiveResource): Finding[] {
  const out: Finding[] = [];
  const at = (field: string, what: string): void => void out.push({ where: `${m.address} ${field}`, what });
  for (const f of ['defaultRouteAction', 'headerAction', 'defaultUrlRedirect', 'defaultCustomErrorResponsePolicy'] as const) if (present(m.body[f])) at(f, `${f} (URL map level) cannot be expressed in a manifest`);
  ((m.body.pathMatchers as Rec[] | undefined) ?? []).forEach((pm, i) => {
    const where = `pathMatchers[${i}] (${String(pm.name)})`;
    if (present(pm.routeRules)) at(`${where}.routeRules`, `${(pm.routeRules as unknown[]).length} route rule(s): a manifest routes by host and path prefix only`);
    for (const f of ['defaultRouteAction', 'defaultUrlRedirect', 'headerAction', 'defaultCustomErrorResponsePolicy'] as const) if (present(pm[f])) at(`${where}.${f}`, `${f} cannot be expressed in a manifest`);
    ((pm.pathRules as Rec[] | undefined) ?? []).forEach((pr, k) => {
      for (const f of ['routeAction', 'urlRedirect', 'customErrorResponsePolicy'] as const) if (present(pr[f])) at(`${where}.pathRules[${k}].${f}`, `a path rule with ${f === 'urlRedirect' ? 'a redirect' : f} (paths ${JSON.stringify(pr.paths)}) cannot be expressed: a manifest's path rules lead to a backend; the rule is left out`);
    });
  });
  ((m.body.tests as Rec[] | undefined) ?? []).forEach((t, i) => {
    for (const f of ['expectedOutputUrl', 'expectedRedirectResponseCode', 'headers'] as const) if (present(t[f])) at(`tests[${i}].${f}`, `a URL map test with ${f} cannot be expressed (a manifest test names a URL and a backend); the test is left out`);
  });
  return out;
}

/** A redirect map must be exactly the one lb-plan writes: HTTPS, 301, query kept, nothing else. */
export function redirectMapFindings(m: LiveResource): Finding[] {
  const r = (m.body.defaultUrlRedirect ?? {}) as Rec;
  const same = r.httpsRedirect === true && (r.redirectResponseCode ?? 'MOVED_PERMANENTLY_DEFAULT') === 'MOVED_PERMANENTLY_DEFAULT' && r.stripQuery !== true && !present(r.hostRedirect) && !present(r.pathRedirect) && !present(r.prefixRedirect);
  const out: Finding[] = [];
  if (!same) out.push({ where: `${m.address} defaultUrlRedirect`, what: `the redirect ${JSON.stringify(r)} differs from the one a manifest writes (httpsRedirect, MOVED_PERMANENTLY_DEFAULT, query kept)` });
  if (present(m.body.hostRules) || present(m.body.pathMatchers)) out.push({ where: `${m.address} hostRules`, what: 'host rules on the redirect URL map cannot be expressed' });
  return out;
}

/** Backend service features a manifest does not have. */
export function backendServiceFindings(bs: LiveResource): Finding[] {
  const out: Finding[] = [];
  const at = (field: string, what: string): void => void out.push({ where: `${bs.address} ${field}`, what });
  const b = bs.body;
  if (present(b.customRequestHeaders)) at('customRequestHeaders', `custom request headers (${(b.customRequestHeaders as string[]).map((h) => h.split(':')[0]).join(', ')}) cannot be expressed`);
  if (present(b.customResponseHeaders)) at('customResponseHeaders', `custom response headers (${(b.customResponseHeaders as string[]).map((h) => h.split(':')[0]).join(', ')}) cannot be expressed`);
  if (present(b.healthChecks)) at('healthChecks', 'a health check cannot be expressed (serverless NEG backends take none)');
  if ((b.protocol ?? 'HTTP') !== 'HTTP') at('protocol', `protocol ${String(b.protocol)}: a manifest's backend services use HTTP (serverless NEGs ignore it, but lb-plan would change it)`);
  if ((b.loadBalancingScheme ?? 'EXTERNAL') !== 'EXTERNAL') at('loadBalancingScheme', `load balancing scheme ${String(b.loadBalancingScheme)}: lb-plan manages the classic Application Load Balancer (EXTERNAL)`);
  if (present(b.edgeSecurityPolicy)) at('edgeSecurityPolicy', 'an edge security policy cannot be expressed');
  return out;
}

/** A target HTTPS proxy's certificate map replaces its certificates: not expressible. */
export function proxyFindings(p: LiveResource): Finding[] {
  return present(p.body.certificateMap) ? [{ where: `${p.address} certificateMap`, what: 'a certificate map cannot be expressed (a manifest lists SSL certificates)' }] : [];
}

/**
 * Kinds lb-plan changes by a full PUT (src/plan/put-body.ts), which can only carry fields the contract
 * knows. Every other kind changes through patch and set* methods that leave unknown fields alone.
 */
const PUT_KINDS: ReadonlySet<string> = new Set(['backendService', 'urlMap']);

/**
 * Output fields GCP computes that the contract does not list: a PUT need not carry them.
 * `usedBy` on backend services (gcp-behaviour.md §2.6: `usedBy: [{reference: <url map URL>}]`).
 */
const COMPUTED_OUTPUTS: ReadonlySet<string> = new Set(['usedBy']);

/** Fields of a live body the Compute contract lb-plan was built against does not know, where a PUT would lose them. */
export function unknownFields(r: LiveResource): Finding[] {
  if (!PUT_KINDS.has(r.kind)) return [];
  return checkBody(KIND_INFO[r.kind].schema, r.body, 'v1', 'response', r.address)
    .filter((i) => i.reason === 'unknownField' && !COMPUTED_OUTPUTS.has(i.field.slice(r.address.length + 1)))
    .map((i) => ({ where: i.field, what: 'a field lb-plan\'s Compute contract does not know: a full update (PUT) would not carry it back', unknownField: true as const }));
}

/**
 * Where a live body breaks the contract's types (`pathMatchers: 7`, `customRequestHeaders: "abc"`):
 * GCP never answers so, but import treats every answer as hostile and reads no field whose shape is
 * not the contract's. One line per field, naming the resource.
 */
export function unexpectedShapes(resources: Iterable<LiveResource>): string[] {
  const out: string[] = [];
  for (const r of resources) {
    if (!(r.kind in KIND_INFO)) continue;
    for (const i of checkBody(KIND_INFO[r.kind].schema, r.body, 'v1', 'response', r.address)) {
      if (i.reason === 'invalidType') out.push(`GCP answered an unexpected body for ${r.address}: ${i.message.slice(0, 160)}`);
    }
  }
  return out;
}
