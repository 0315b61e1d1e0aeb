/**
 * The model of what lb-plan manages (src/plan/managed.ts) against what the compiler sends: every
 * field a compiled request body sets is compared (or listed here with the reason it is not), and
 * fields GCP adds at any depth never change a canonical form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import { loadManifest } from '../../src/manifest/load.js';
import { managedPaths, MANAGED } from '../../src/plan/managed.js';
import { desiredCanonical, liveCanonical } from '../../src/plan/normalize.js';
import type { ResourceKind } from '../../src/model/kinds.js';

const examples = ['http', 'https-managed', 'https-self-managed-redirect', 'multi-region', 'regional-routing', 'url-mask-cloud-run', 'url-mask-cloud-functions', 'url-mask-app-engine', 'url-mask-api-gateway', 'cdn', 'iap', 'cloud-armor', 'byoip', 'shop'];
const compiled = examples.flatMap((e) => {
  const loaded = loadManifest(`examples/${e}.yaml`);
  return compile(loaded.manifest!, { files: loaded.files, secrets: new Map([['env:IAP_CLIENT_SECRET', 's3cret'], ['env:TLS_PRIVATE_KEY', 'k']]) }).resources;
});
const ctx = { addressIps: new Map<string, string>() };

/** Fields the compiler sends that are deliberately not compared, and why. */
const NOT_COMPARED: Partial<Record<ResourceKind, readonly string[]>> & { all: readonly string[] } = {
  all: ['name'], // identity: the address itself
  // Cannot change after creation; ownership (the marker) is checked on its own.
  globalAddress: ['description'],
  globalForwardingRule: ['description'],
  regionNetworkEndpointGroup: ['description'],
  // The name's content hash covers the PEM (a changed certificate is a new one); the key is write-only.
  sslCertificate: ['description', 'privateKey', 'certificate'],
  backendService: ['iap.oauth2ClientSecret'], // compared as its SHA-256 (iap.oauth2ClientSecretSha256)
};

/** Leaf paths of a body: `backends[].group`, `managed.domains[]`; a label map is one leaf. */
function leafPaths(v: unknown, path = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => leafPaths(x, `${path}[]`));
  if (v && typeof v === 'object' && path !== 'labels') return Object.entries(v).flatMap(([k, x]) => leafPaths(x, path ? `${path}.${k}` : k));
  return [path];
}

describe('what lb-plan manages', () => {
  it('every field a compiled body sets, in every example, is compared (or not, for a stated reason)', () => {
    const missing = new Set<string>();
    for (const r of compiled) {
      const known = new Set([...managedPaths(MANAGED[r.kind]), ...NOT_COMPARED.all, ...(NOT_COMPARED[r.kind] ?? [])]);
      for (const p of leafPaths(r.body)) if (!known.has(p)) missing.add(`${r.kind} ${p}`);
    }
    expect([...missing]).toEqual([]);
  });

  it('fields GCP adds at any depth, listed or not, leave every canonical form as it is', () => {
    const extra = fc.record({ key: fc.constantFrom('futureField', 'kind', 'status', 'serverComputed', 'usedBy', 'zz'), value: fc.jsonValue({ maxDepth: 2 }), where: fc.nat(), fraction: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.nat({ max: compiled.length - 1 }), fc.array(extra, { minLength: 1, maxLength: 6 }), (i, extras) => {
        const d = compiled[i]!;
        const want = desiredCanonical(d, ctx);
        // GCP's answer: what was sent (minus write-only secrets), with keys added to random objects.
        const live = structuredClone(d.body) as Record<string, unknown>;
        delete live.privateKey;
        if (live.iap && typeof live.iap === 'object') {
          const iap = live.iap as Record<string, unknown>;
          if (iap.enabled) iap.oauth2ClientSecretSha256 = d.secrets[0]!.sha256;
          delete iap.oauth2ClientSecret;
        }
        for (const s of d.setters) if (s.body[s.field]) live[s.field] = s.body[s.field];
        const objects: Record<string, unknown>[] = [];
        const collect = (v: unknown, key: string): void => {
          if (key === 'labels') return; // the user's own map
          if (Array.isArray(v)) v.forEach((x) => collect(x, ''));
          else if (v && typeof v === 'object') {
            objects.push(v as Record<string, unknown>);
            for (const [k, x] of Object.entries(v)) collect(x, k);
          }
        };
        collect(live, '');
        for (const e of extras) {
          const o = objects[e.where % objects.length]!;
          if (!(e.key in o)) o[e.key] = e.value;
        }
        expect(liveCanonical(d.kind, live, ctx, d)).toEqual(want);
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('absent and disabled are one state where GCP treats them so; a change the user made still shows', () => {
    const bs = compiled.find((r) => r.kind === 'backendService' && (r.body.iap as { enabled: boolean }).enabled === false && (r.body.logConfig as { enable: boolean }).enable === true)!;
    const want = desiredCanonical(bs, ctx);
    const base = { ...bs.body, iap: undefined, logConfig: { enable: true, sampleRate: (bs.body.logConfig as { sampleRate: number }).sampleRate } };
    // IAP never set (GCP: enabled false, empty id, hash of "") reads as IAP off.
    expect(liveCanonical('backendService', { ...base, iap: { enabled: false, oauth2ClientId: '', oauth2ClientSecretSha256: 'e3b0c442' } }, ctx, bs)).toEqual(want);
    expect(liveCanonical('backendService', base, ctx, bs)).toEqual(want);
    // Logging: absent (never enabled) and {enable: false, …} are the same state, and differ from on.
    const noLog = { ...base, logConfig: undefined };
    const off = { ...base, logConfig: { enable: false, optionalMode: 'EXCLUDE_ALL_OPTIONAL', sampleRate: 1 } };
    expect(liveCanonical('backendService', noLog, ctx, bs)).toEqual(liveCanonical('backendService', off, ctx, bs));
    expect(liveCanonical('backendService', noLog, ctx, bs).logConfig).toEqual({ enable: false });
    expect(liveCanonical('backendService', noLog, ctx, bs)).not.toEqual(want);
  });
});
