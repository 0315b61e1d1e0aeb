import { baseFields, fingerprintOf, mustExist, type Ctx } from '../context.js';
import { errors } from '../errors.js';
import { parseRef, selfLinkOf, type Ref } from '../refs.js';
import type { Json } from '../store.js';
import type { KindSpec } from './types.js';

function urlMapRef(ref: Ref, value: unknown): Ref {
  if (value === undefined || value === '') throw errors.required('resource.urlMap');
  return parseRef(value, 'resource.urlMap', ref.project, 'urlMaps');
}

function common(ctx: Ctx, ref: Ref, body: Json): Json {
  const map = urlMapRef(ref, body.urlMap);
  mustExist(ctx, map);
  return { ...body, urlMap: selfLinkOf(map) };
}

function certificates(ctx: Ctx, ref: Ref, value: unknown): string[] {
  const list = (value as unknown[] | undefined) ?? [];
  if (list.length === 0) throw errors.invalidField('resource', '', 'At least 1 SSL certificate must be specified for setting SSL certificates in TargetHttpsProxy.');
  if (list.length > 15) throw errors.invalidField('resource.sslCertificates', list.length, 'At most 15 SSL certificates can be specified for a TargetHttpsProxy.');
  return list.map((c, i) => {
    const r = parseRef(c, `resource.sslCertificates[${i}]`, ref.project, 'sslCertificates');
    mustExist(ctx, r);
    return selfLinkOf(r);
  });
}

function withFingerprint(out: Json): Json {
  return { ...out, fingerprint: fingerprintOf(out) };
}

export const targetHttpProxies: KindSpec = {
  collection: 'targetHttpProxies',
  schema: 'TargetHttpProxy',
  kindName: 'compute#targetHttpProxy',
  regional: false,
  word: 'target_http_proxy',
  fingerprint: 'required',
  labels: false,
  operationType: (method) => (method === 'setUrlMap' ? 'SetUrlMap' : method),
  references: (ref, body) => [urlMapRef(ref, body.urlMap)],
  create(ctx, ref, body) {
    return withFingerprint({ ...baseFields(ctx, ref, this.kindName), ...common(ctx, ref, body) });
  },
  change(ctx, ref, _prev, next) {
    return withFingerprint(common(ctx, ref, next));
  },
};

export const targetHttpsProxies: KindSpec = {
  collection: 'targetHttpsProxies',
  schema: 'TargetHttpsProxy',
  kindName: 'compute#targetHttpsProxy',
  regional: false,
  word: 'target_https_proxy',
  fingerprint: 'required',
  labels: false,
  operationType: (method) =>
    ({ setUrlMap: 'SetUrlMap', setSslCertificates: 'SetSslCertificates', setQuicOverride: 'compute.targetHttpsProxies.setQuicOverride', setSslPolicy: 'SetSslPolicy' })[method] ?? method,
  references: (ref, body) => [urlMapRef(ref, body.urlMap), ...((body.sslCertificates as string[] | undefined) ?? []).map((c) => parseRef(c, 'sslCertificates', ref.project, 'sslCertificates'))],
  create(ctx, ref, body) {
    if (body.certificateMap !== undefined) throw errors.invalidField('resource.certificateMap', body.certificateMap, 'Certificate maps are not modeled by the lb-plan emulator.');
    return withFingerprint({ ...baseFields(ctx, ref, this.kindName), quicOverride: 'NONE', ...common(ctx, ref, body), sslCertificates: certificates(ctx, ref, body.sslCertificates) });
  },
  change(ctx, ref, _prev, next) {
    return withFingerprint({ ...common(ctx, ref, next), sslCertificates: certificates(ctx, ref, next.sslCertificates) });
  },
};
