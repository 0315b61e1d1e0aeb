/**
 * The inverse of compile: the live resources of one load balancer → a manifest in lb-plan's
 * language that describes them exactly, with the explicit names that keep each resource's name,
 * the adopt list (with what each resource is) and what the manifest could not express. Pure.
 */
import { compile } from '../compile/index.js';
import type { LiveResource, LiveState } from '../gcp/read.js';
import type { AddressSpec, Backend, CertificateSpec, Manifest, NamesSpec } from '../manifest/schema.js';
import { frontendNames, generatedSlot, HANDOVER_LABEL, names, OWNER_LABELS, ownerOfBody, ownsBody, RECORD_LABEL } from '../model/names.js';
import { canonicalIp } from '../plan/normalize.js';
import { liveUsers } from '../plan/steps.js';
import { backendKey, importBackend, stripMarker, type ImportedBackend } from './backends.js';
import { proxyFindings, redirectMapFindings, unknownFields, urlMapFindings } from './fields.js';
import { linked } from './find.js';
import { keyResolver, routingOf } from './routing.js';
import { ImportError, type Finding, type Found } from './types.js';

type Rec = Record<string, unknown>;

export interface BuildOptions {
  readonly project: string;
  /** metadata.name; defaults to the URL map's name (the console names the URL map after the load balancer). */
  readonly name?: string;
  /** Self-managed certificates whose chain the user passed: certificate name → path as written in the manifest. */
  readonly certificateFiles?: ReadonlyMap<string, string>;
}

export interface AdoptEntry {
  readonly address: string;
  /** What the resource is, for the comment beside it. */
  readonly what: string;
}

export interface Built {
  readonly manifest: Manifest;
  readonly adopt: readonly AdoptEntry[];
  readonly findings: readonly Finding[];
  /** Environment variables the manifest reads secrets from, with what each must hold. */
  readonly env: readonly { readonly name: string; readonly holds: string }[];
  /** Every live resource the manifest describes (adopted or already owned). */
  readonly resources: readonly LiveResource[];
  /** Comments the written manifest carries beside a value, saying why it is written so. */
  readonly beside: readonly { readonly path: readonly (string | number)[]; readonly text: string }[];
  /** Backend services (and their NEGs) another URL map also uses: described but not taken over (a finding). */
  readonly shared: readonly string[];
}

const envName = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** Builds the manifest of the load balancer `found` in `live`. */
export function buildManifest(live: LiveState, found: Found, options: BuildOptions): Built {
  const lb = options.name ?? found.urlMap.name;
  const findings: Finding[] = [...found.findings];
  const adopt: AdoptEntry[] = [];
  const env: { name: string; holds: string }[] = [];
  const resources: LiveResource[] = [];
  const shared: LiveResource[] = [];
  const take = (r: LiveResource, what: string): void => {
    resources.push(r);
    findings.push(...unknownFields(r), ...replacedDescription(r, lb));
    if (!ownsBody(r.kind, r.body, lb) && !adopt.some((a) => a.address === r.address)) adopt.push({ address: r.address, what });
  };

  // Backend services, in the order the URL map reaches them (its default first).
  const backends = importBackends(live, found.urlMap, lb, findings);
  if (backends.length === 0) throw new ImportError(`URL map "${found.urlMap.name}" routes to no backend service with serverless NEGs: there is nothing a manifest can describe.`);
  const keys = new Map(backends.map((b) => [b.service.address, b.key]));
  const users = liveUsers(live);
  const ours = new Set([found.urlMap.address, ...(found.redirectMap ? [found.redirectMap.address] : [])]);
  for (const b of backends) {
    // A backend service another URL map also routes to is not taken over (nor its NEGs): a manifest
    // cannot reference one as existing, so it is a finding, and the plan refuses the look-alike.
    const others = [...(users.get(b.service.address) ?? [])].filter((u) => !ours.has(u)).sort();
    if (others.length > 0 && !ownsBody(b.service.kind, b.service.body, lb)) {
      findings.push({ where: b.service.address, what: `backend service ${b.service.name} is also used by ${others.join(', ')}, outside this load balancer: lb-plan would take it over, so it is not listed in metadata.adopt (plan refuses it until the backend gets another name)` });
      shared.push(b.service, ...b.negs);
      continue;
    }
    take(b.service, `backend service "${b.key}"`);
    b.negs.forEach((n) => take(n, `serverless NEG of backend "${b.key}" in ${n.scope.type === 'region' ? n.scope.region : ''} (${negTarget(n)})`));
    if (b.iapEnv) env.push({ name: b.iapEnv, holds: `the IAP OAuth client secret of backend "${b.key}" (GCP never returns it)` });
  }
  findings.push(...urlMapFindings(found.urlMap));
  take(found.urlMap, 'URL map (routing)');
  const { routing, tests } = routingOf(found.urlMap, keyResolver(keys, found.urlMap, findings), backends.length, findings);

  const sharedCerts = new Map<string, string>();
  const frontend = importFrontend(live, found, lb, options, findings, take, env, sharedCerts);
  const labels = commonLabels([...found.rules.map((r) => r.rule), ...resources.filter((r) => r.kind === 'globalAddress')], findings);
  const description = stripMarker(found.urlMap.body.description as string | undefined);
  const manifest: Manifest = {
    apiVersion: 'lb-plan/v1',
    kind: 'LoadBalancer',
    metadata: {
      name: lb,
      project: options.project,
      ...(description ? { description } : {}),
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      ...(adopt.length > 0 ? { adopt: adopt.map((a) => a.address) } : {}),
    },
    frontend,
    backends: Object.fromEntries(backends.map((b) => [b.key, b.backend])),
    ...(routing ? { routing } : {}),
    ...(tests ? { tests } : {}),
  };
  const named = withNames(manifest, found);
  const beside = (frontend.https?.certificates ?? []).flatMap((c, i) => {
    const users = 'existing' in c && c.existing !== undefined ? sharedCerts.get(c.existing) : undefined;
    return users === undefined ? [] : [{ path: ['frontend', 'https', 'certificates', i, 'existing'], text: `also used by ${users}, which this load balancer does not manage: referenced, not taken over` }];
  });
  return { manifest: dropGeneratedNames(named), adopt, findings, env, resources, beside, shared: shared.map((r) => r.address) };
}

/**
 * Proxies and the redirect map get lb-plan's own description (with its marker) when taken over: a
 * description of the user's own would be replaced, so it is named (the URL map and backend services
 * keep theirs through the manifest; addresses and forwarding rules cannot change theirs).
 */
function replacedDescription(r: LiveResource, lb: string): Finding[] {
  const text = stripMarker(r.body.description as string | undefined);
  const fixed = r.kind === 'targetHttpProxy' || r.kind === 'targetHttpsProxy' || (r.kind === 'urlMap' && r.body.defaultService === undefined);
  if (!fixed || !text || ownsBody(r.kind, r.body, lb)) return [];
  return [{ where: `${r.address} description`, what: `the description ${JSON.stringify(text.slice(0, 80))} would be replaced by lb-plan's own (a manifest does not carry one for this resource)` }];
}

function negTarget(n: LiveResource): string {
  const b = n.body as Record<string, Rec | undefined>;
  const t = b.cloudRun ?? b.cloudFunction ?? b.appEngine ?? b.serverlessDeployment ?? {};
  const platform = b.cloudRun ? 'Cloud Run' : b.cloudFunction ? 'Cloud Functions' : b.appEngine ? 'App Engine' : 'API Gateway';
  return `${platform} ${String(t.urlMask ?? t.service ?? t.function ?? t.resource ?? 'default')}${t.tag ? ` tag ${String(t.tag)}` : ''}${t.version ? ` version ${String(t.version)}` : ''}`;
}

function importBackends(live: LiveState, map: LiveResource, lb: string, findings: Finding[]): ImportedBackend[] {
  const links: unknown[] = [map.body.defaultService];
  for (const pm of (map.body.pathMatchers as Rec[] | undefined) ?? []) {
    links.push(pm.defaultService, ...((pm.pathRules as Rec[] | undefined) ?? []).map((r) => r.service));
  }
  for (const t of (map.body.tests as Rec[] | undefined) ?? []) links.push(t.service);
  const services = [...new Map(links.flatMap((l) => {
    const r = linked(live, l);
    return r?.kind === 'backendService' ? [[r.address, r] as const] : [];
  })).values()];
  const iapCount = services.filter((s) => (s.body.iap as Rec | undefined)?.enabled === true).length;
  const used = new Set<string>();
  return services.map((s) => {
    const key = backendKey(s.name, lb, used);
    used.add(key);
    return importBackend(live, s, key, lb, iapCount > 1 ? `${envName(key)}_IAP_CLIENT_SECRET` : 'IAP_CLIENT_SECRET', findings);
  });
}

type Take = (r: LiveResource, what: string) => void;

/**
 * Where an IP comes from: a reserved global address (taken over unless another load balancer owns
 * it); else the literal IP when several rules share it (a BYOIP address, HTTP and HTTPS on one IP);
 * else ephemeral (GCP picked it for the one rule).
 */
function addressOf(live: LiveState, ip: string, ipv6: boolean, lb: string, take: Take, shared: boolean): AddressSpec {
  const a = [...live.resources.values()].find((r) => r.kind === 'globalAddress' && canonicalIp(String(r.body.address ?? '')) === ip);
  if (!a) return shared ? { ip } : { ephemeral: true };
  // Another load balancer's address is only referenced (a hand-over is `lb-plan destroy --keep` first).
  const owner = ownerOfBody(a.kind, a.body);
  if (owner !== undefined && owner !== lb) return { existing: a.name };
  take(a, `reserved ${ipv6 ? 'IPv6' : 'IPv4'} address ${ip}`);
  return { reserve: a.name };
}

function importFrontend(live: LiveState, found: Found, lb: string, options: BuildOptions, findings: Finding[], take: Take, env: { name: string; holds: string }[], sharedCerts: Map<string, string>): Manifest['frontend'] {
  const ipOf = (v6: boolean): string | undefined => {
    const ips = [...new Set(found.rules.filter((r) => r.ipv6 === v6).map((r) => canonicalIp(String(r.rule.body.IPAddress ?? ''))))];
    if (ips.length > 1) findings.push({ where: found.rules.filter((r) => r.ipv6 === v6).map((r) => r.rule.address).join(', '), what: `HTTP and HTTPS use different ${v6 ? 'IPv6' : 'IPv4'} addresses (${ips.join(', ')}): a manifest serves both on one; the first is imported` });
    return ips[0];
  };
  const v4 = ipOf(false);
  const v6 = ipOf(true);
  if (v4 === undefined) findings.push({ where: found.urlMap.address, what: 'no IPv4 forwarding rule: a manifest always has an IPv4 frontend (lb-plan would create one)' });
  const shared = (v6: boolean): boolean => found.rules.filter((r) => r.ipv6 === v6).length > 1;
  const address = v4 === undefined ? ({ ephemeral: true } as const) : addressOf(live, v4, false, lb, take, shared(false));
  const ipv6 = v6 === undefined ? undefined : addressOf(live, v6, true, lb, take, shared(true));
  for (const r of found.rules) {
    const ip = String(r.rule.body.IPAddress);
    take(r.rule, `${r.protocol.toUpperCase()} forwarding rule${r.ipv6 ? ' (IPv6)' : ''}, ${r.ipv6 ? `[${ip}]` : ip}:${r.protocol === 'http' ? 80 : 443}`);
  }
  const redirect = found.redirectMap !== undefined;
  if (found.redirectMap) {
    findings.push(...redirectMapFindings(found.redirectMap));
    take(found.redirectMap, 'URL map redirecting HTTP to HTTPS');
  }
  if (found.httpProxy) take(found.httpProxy, redirect ? 'target HTTP proxy (redirect to HTTPS)' : 'target HTTP proxy');
  const frontend: Manifest['frontend'] = { address, ...(ipv6 ? { ipv6 } : {}) };
  const p = found.httpsProxy;
  if (!p) return frontend;
  findings.push(...proxyFindings(p));
  take(p, 'target HTTPS proxy');
  const certificates = ((p.body.sslCertificates as string[] | undefined) ?? []).map((url) => {
    const others = otherProxiesOf(live, url, p);
    if (others.length === 0) return certificateOf(live, url, options, take, env, findings);
    // Another proxy serves it too: taking it over would let this load balancer replace or delete a
    // certificate that proxy needs (and the self-check refuses it), so it is only referenced.
    const name = url.split('/').pop()!;
    sharedCerts.set(name, others.join(', '));
    return { existing: name };
  });
  const sslPolicy = typeof p.body.sslPolicy === 'string' ? p.body.sslPolicy.split('/').pop() : undefined;
  const quic = p.body.quicOverride as 'NONE' | 'ENABLE' | 'DISABLE' | undefined;
  return {
    ...frontend,
    ...(found.httpProxy && !redirect ? { http: true } : {}),
    https: { certificates: certificates as [CertificateSpec, ...CertificateSpec[]], ...(redirect ? { redirectHttp: true } : {}), ...(quic && quic !== 'NONE' ? { quicOverride: quic } : {}), ...(sslPolicy ? { sslPolicy } : {}) },
  };
}

/** The other HTTPS proxies that serve the certificate at `url`. */
function otherProxiesOf(live: LiveState, url: string, proxy: LiveResource): string[] {
  const cert = linked(live, url);
  if (!cert) return [];
  return [...live.resources.values()]
    .filter((r) => r.kind === 'targetHttpsProxy' && r.address !== proxy.address && ((r.body.sslCertificates as string[] | undefined) ?? []).some((u) => linked(live, u)?.address === cert.address))
    .map((r) => r.address);
}

function certificateOf(live: LiveState, url: string, options: BuildOptions, take: Take, env: { name: string; holds: string }[], findings: Finding[]): CertificateSpec {
  const name = url.split('/').pop()!;
  const cert = linked(live, url);
  if (!cert) {
    findings.push({ where: `sslCertificate/${name}`, what: 'the certificate does not exist in the project; it is referenced as existing' });
    return { existing: name };
  }
  const managed = cert.body.managed as { domains?: string[] } | undefined;
  if (cert.body.type === 'MANAGED' && managed?.domains) {
    take(cert, `Google-managed certificate for ${managed.domains.join(', ')}`);
    return { name, managed: [...managed.domains] };
  }
  const file = options.certificateFiles?.get(name);
  if (file === undefined) return { existing: name };
  const keyEnv = `${envName(name)}_PRIVATE_KEY`;
  env.push({ name: keyEnv, holds: `the private key of certificate "${name}" (GCP never returns it)` });
  take(cert, `self-managed certificate (chain in ${file})`);
  return { name, selfManaged: { certificate: file, privateKey: { env: keyEnv } } };
}

/** User labels the forwarding rules and reserved addresses share; different ones are reported, the first kept. */
function commonLabels(labelled: readonly LiveResource[], findings: Finding[]): Record<string, string> {
  const own = new Set<string>([...Object.values(OWNER_LABELS), HANDOVER_LABEL, RECORD_LABEL]);
  const sets = labelled.map((r) => Object.fromEntries(Object.entries((r.body.labels as Record<string, string> | undefined) ?? {}).filter(([k]) => !own.has(k))));
  const first = sets[0] ?? {};
  if (sets.some((s) => JSON.stringify(Object.entries(s).sort()) !== JSON.stringify(Object.entries(first).sort()))) {
    findings.push({ where: labelled.map((r) => r.address).join(', '), what: 'the forwarding rules and addresses carry different labels: a manifest gives them one set (metadata.labels); those of the first are imported' });
  }
  return first;
}

/** metadata.names for the frontend resources whose names are not the generated ones. */
function withNames(m: Manifest, found: Found): Manifest {
  const lb = m.metadata.name;
  const generated = frontendNames(lb);
  const out: Record<string, string> = {};
  const set = (key: keyof NamesSpec, actual: string | undefined, wanted: string): void => {
    if (actual !== undefined && actual !== wanted) out[key] = actual;
  };
  set('urlMap', found.urlMap.name, generated.urlMap);
  set('redirectUrlMap', found.redirectMap?.name, generated.redirectUrlMap);
  set('httpProxy', found.httpProxy?.name, generated.httpProxy);
  set('httpsProxy', found.httpsProxy?.name, generated.httpsProxy);
  for (const r of found.rules) set(`${r.protocol}ForwardingRule${r.ipv6 ? 'Ipv6' : ''}` as keyof NamesSpec, r.rule.name, generated.forwardingRule(r.protocol, r.ipv6));
  return Object.keys(out).length === 0 ? m : { ...m, metadata: { ...m.metadata, names: out } };
}

/**
 * Explicit names compile would generate anyway are left out: an lb-plan-made load balancer imports as
 * it was written, and its NEGs and certificates keep their content-hashed names.
 */
function dropGeneratedNames(m: Manifest): Manifest {
  const compiled = compile(m);
  const backends: Record<string, Backend> = {};
  for (const [key, b] of Object.entries(m.backends)) {
    const serverless = b.serverless.map((n, i) => {
      const r = compiled.resources.find((x) => x.kind === 'regionNetworkEndpointGroup' && x.source.join('/') === `backends/${key}/serverless/${i}`);
      if (r?.pinned) return n;
      const { name: _n, ...rest } = n;
      return rest;
    });
    const { name, ...rest } = b;
    backends[key] = { ...(name !== names.backendService(m.metadata.name, key) ? { name } : {}), ...rest, serverless } as Backend;
  }
  const https = m.frontend.https;
  const certificates = https?.certificates.map((c, i) => {
    if (c.existing || !c.name) return c;
    const r = compiled.resources.find((x) => x.kind === 'sslCertificate' && x.source.join('/') === `frontend/https/certificates/${i}`);
    const { name, ...rest } = c;
    if (!r?.pinned) return rest;
    // `<prefix>-<content hash>`: lb-plan named it with a prefix of the manifest's (namePrefix).
    const slot = generatedSlot(name);
    if (slot === undefined) return c;
    const withPrefix = { ...rest, namePrefix: slot };
    const again = compile({ ...m, frontend: { ...m.frontend, https: { ...https, certificates: [withPrefix] } } });
    return again.resources.some((x) => x.kind === 'sslCertificate' && x.name === name) ? withPrefix : c;
  });
  return { ...m, frontend: { ...m.frontend, ...(https && certificates ? { https: { ...https, certificates: certificates as typeof https.certificates } } : {}) }, backends };
}
