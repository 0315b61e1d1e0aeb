/** Names of immutable resources follow their content, and only their content. */
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile/index.js';
import { BASE, load } from './helpers/manifest.js';

function negNames(serverless: string): string[] {
  const loaded = load(BASE + `backends:\n  hello:\n    serverless:\n${serverless}`);
  expect(loaded.diagnostics).toEqual([]);
  return compile(loaded.manifest!).resources.filter((r) => r.kind === 'regionNetworkEndpointGroup').map((r) => r.name);
}

function certNames(certs: string): string[] {
  const loaded = load(BASE + `  https:\n    certificates:\n${certs}backends:\n  hello:\n    serverless:\n      - { region: us-central1, cloudRun: { service: s } }\n`);
  expect(loaded.diagnostics).toEqual([]);
  return compile(loaded.manifest!).resources.filter((r) => r.kind === 'sslCertificate').map((r) => r.name);
}

describe('content-hashed names', () => {
  it('a NEG keeps its name when nothing about it changes, and gets a new one when its target changes', () => {
    const a = negNames('      - { region: us-central1, cloudRun: { service: one } }\n');
    expect(negNames('      - { region: us-central1, cloudRun: { service: one } }\n')).toEqual(a);
    expect(negNames('      - { region: us-central1, cloudRun: { service: two } }\n')).not.toEqual(a);
    expect(negNames('      - { region: us-central1, cloudRun: { service: one, tag: t } }\n')).not.toEqual(a);
  });

  it('NEGs of the same service in two regions get different names', () => {
    const [a, b] = negNames('      - { region: us-central1, cloudRun: { service: one } }\n      - { region: europe-west1, cloudRun: { service: one } }\n');
    expect(a).not.toBe(b);
  });

  it('adding a region leaves the existing NEG names alone', () => {
    const one = negNames('      - { region: us-central1, cloudRun: { service: s } }\n');
    const two = negNames('      - { region: us-central1, cloudRun: { service: s } }\n      - { region: europe-west1, cloudRun: { service: s } }\n');
    expect(two).toContain(one[0]);
  });

  it('a managed certificate is renamed when its domains change, not when they are reordered or re-cased', () => {
    const a = certNames('      - managed: [a.example.com, b.example.com]\n');
    expect(certNames('      - managed: [B.example.com, a.example.com.]\n')).toEqual(a);
    expect(certNames('      - managed: [a.example.com, c.example.com]\n')).not.toEqual(a);
    expect(certNames('      - managed: [a.example.com, b.example.com]\n        namePrefix: www\n')[0]).toMatch(/^www-[0-9a-f]{8}$/);
  });
});

describe('compiled once', () => {
  it('secrets added to the load-time compilation equal a compilation with the secrets (IAP and self-managed examples)', async () => {
    const { loadManifest } = await import('../src/manifest/load.js');
    const { withSecrets } = await import('../src/compile/secrets.js');
    for (const file of ['examples/iap.yaml', 'examples/https-self-managed-redirect.yaml']) {
      const loaded = loadManifest(file);
      const secrets = new Map([['env:IAP_CLIENT_SECRET', 'iap-secret'], ['env:TLS_PRIVATE_KEY', 'key-pem']]);
      expect(loaded.compiled).toBeDefined();
      expect(withSecrets(loaded.compiled!, secrets)).toEqual(compile(loaded.manifest!, { files: loaded.files, secrets }));
      expect(withSecrets(loaded.compiled!, secrets).resources.some((r) => r.secrets.length > 0 && r.secrets.every((s) => s.sha256 !== undefined))).toBe(true);
    }
  });
});
