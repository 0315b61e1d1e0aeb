/**
 * Caught before apply, not halfway through it (issue 15, item 10): what GCP would refuse after other
 * resources were created is refused before any API call, with the position to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { X509Certificate } from 'node:crypto';
import { keyFindings, parseChain, validityFindings } from '../src/manifest/tls.js';
import { harness } from './helpers/emulator.js';
import { cliWith } from './helpers/cli.js';
import { workspace } from './helpers/plan.js';

const CERT = readFileSync('examples/certs/example.com.pem', 'utf8');
const KEY = readFileSync('examples/certs/example.com.key', 'utf8');
const OTHER_KEY = readFileSync('test/fixtures/other.key', 'utf8');

const manifest = (extra = '') => `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: tls, project: my-project${extra} }
frontend:
  address: { reserve: tls-ip }
  https:
    certificates:
      - selfManaged: { certificate: certs/example.com.pem, privateKey: { env: TLS_KEY } }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
`;

async function planWith(text: string, key: string, cert = CERT) {
  const h = await harness();
  const ws = workspace();
  const file = ws.write(text);
  if (cert !== CERT) (await import('node:fs')).writeFileSync(join(ws.dir, 'certs/example.com.pem'), cert);
  const r = await cliWith({ TLS_KEY: key }, 'plan', file, '--compute-endpoint', h.em.endpoint);
  return { ...r, requests: h.em.log.length };
}

describe('checked locally, before any API call', () => {
  it('a private key that does not belong to the certificate: an error at privateKey, no request sent', async () => {
    const r = await planWith(manifest(), OTHER_KEY);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lb\.yaml:8:\d+: error: the private key env:TLS_KEY does not belong to the certificate in "certs\/example\.com\.pem"/);
    expect(r.stderr).not.toContain('PRIVATE KEY-----');
    expect(r.requests).toBe(0);
  });

  it('a key that is not PEM, and a damaged PEM key: one clear error each', async () => {
    expect((await planWith(manifest(), 'not a key')).stderr).toContain('the private key env:TLS_KEY is not a PEM private key');
    const damaged = KEY.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!!!!!!!!!!!!!!!!!');
    expect((await planWith(manifest(), damaged)).stderr).toContain('the private key env:TLS_KEY cannot be parsed');
  });

  it('garbage between PEM markers is an error at the certificate, with no request', async () => {
    const garbage = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n';
    const r = await planWith(manifest(), KEY, garbage);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"certs/example.com.pem": certificate 1 of 1 is not a valid PEM certificate');
    expect(r.requests).toBe(0);
  });

  it('the matching key plans', async () => {
    const r = await planWith(manifest(), KEY);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('more than 60 labels (GCP allows 64; lb-plan adds up to 4) is an error at metadata.labels', async () => {
    const labels = Array.from({ length: 61 }, (_, i) => `l${i}: v`).join(', ');
    const r = await planWith(manifest(`, labels: { ${labels} }`), KEY);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: 61 labels: GCP allows 64 on a resource, and lb-plan adds up to 4 of its own (ownership, hand-over, applied record), so at most 60');
    expect(r.requests).toBe(0);
  });

  it('an expired certificate, and one that expires within 30 days, are warnings with the date', () => {
    const leaf = (parseChain('c.pem', CERT) as X509Certificate[])[0]!;
    const end = Date.parse(leaf.validTo);
    expect(validityFindings('c.pem', leaf, new Date(end + 86_400_000))).toEqual([{ severity: 'warning', message: `"c.pem" expired on ${new Date(end).toISOString().slice(0, 10)}; browsers will refuse it` }]);
    expect(validityFindings('c.pem', leaf, new Date(end - 10 * 86_400_000 - 1000))).toEqual([{ severity: 'warning', message: `"c.pem" expires in 10 days (${new Date(end).toISOString().slice(0, 10)}); renew it` }]);
    expect(validityFindings('c.pem', leaf, new Date(end - 40 * 86_400_000))).toEqual([]);
    expect(keyFindings('c.pem', 'env:K', leaf, KEY)).toEqual([]);
  });
});
