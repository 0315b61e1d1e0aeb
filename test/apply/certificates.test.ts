/**
 * `--wait-for-certificates` (src/apply/certificates.ts) on the emulator over real HTTP, from src/:
 * it waits for this load balancer's managed certificates only, ends at once when one fails (with the
 * failing domain), and gives up at its bound or when interrupted. The emulator turns a served managed
 * certificate ACTIVE after `certificateActivationMs`, or PROVISIONING_FAILED for a domain given a
 * failing state (gcp-behaviour.md §3.6); the oracle is those settings and what the test created.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { waitForCertificates } from '../../src/apply/certificates.js';
import { computeClients } from '../../src/gcp/client.js';
import { answer, front } from '../helpers/front.js';
import { harness, P, type Harness } from '../helpers/emulator.js';
import { apply, plan } from '../helpers/plan.js';

const LB = 'serverless-lb';

async function deployed(config: Parameters<typeof harness>[0]): Promise<Harness> {
  const h = await harness(config);
  await apply(h, await plan(h, 'examples/https-managed.yaml'), '.');
  return h;
}

/** A managed certificate created beside the load balancer's, never served: it stays without status. */
async function extraCertificate(h: Harness, name: string, description?: string): Promise<void> {
  await h.v1.sslCertificates.insert({ project: P, requestBody: { name, type: 'MANAGED', managed: { domains: [`${name}.example.org`] }, ...(description ? { description } : {}) } });
}

describe('waitForCertificates', () => {
  it("waits until the load balancer's certificate is ACTIVE, saying what it waits for; another load balancer's and unowned certificates are not waited on", async () => {
    // Activation takes long enough that the first look finds it PROVISIONING, also on a loaded machine.
    const h = await deployed({ certificateActivationMs: 1500 });
    await extraCertificate(h, 'other-lb-cert', '[managed by lb-plan: other-lb]');
    await extraCertificate(h, 'someones-cert');
    const waits: (readonly string[])[] = [];
    const began = Date.now();
    const r = await waitForCertificates(h, LB, P, { timeoutMs: 20_000, pollMs: 30, onWait: (p) => waits.push(p) });
    expect(Date.now() - began).toBeLessThan(20_000);
    expect(r.ok).toBe(true);
    expect(r.failures).toEqual([]);
    expect(r.certificates).toHaveLength(1);
    expect(r.certificates[0]).toMatchObject({ domains: ['example.com', 'www.example.com'], status: 'ACTIVE' });
    expect(r.certificates[0]!.name).toMatch(/^serverless-lb-cert-[0-9a-f]{8}$/);
    expect(waits.length).toBeGreaterThan(0);
    for (const pending of waits) {
      expect(pending).toHaveLength(1);
      expect(pending[0]).toMatch(/^certificate serverless-lb-cert-[0-9a-f]{8} is PROVISIONING/);
    }
  });

  it('already ACTIVE: returns at once, without waiting', async () => {
    const h = await deployed({ certificateActivationMs: 0 });
    let waited = 0;
    const r = await waitForCertificates(h, LB, P, { timeoutMs: 60_000, pollMs: 60_000, onWait: () => waited++ });
    expect(r).toMatchObject({ ok: true, failures: [] });
    expect(r.certificates.map((c) => c.status)).toEqual(['ACTIVE']);
    expect(waited).toBe(0);
  });

  it('a domain that fails (a CAA record forbids Google): not ok, at once, naming the domain and the fix', async () => {
    const h = await deployed({ certificateActivationMs: 0, certificateDomainStates: { 'www.example.com': 'FAILED_CAA_FORBIDDEN' } });
    const began = Date.now();
    const r = await waitForCertificates(h, LB, P, { timeoutMs: 60_000, pollMs: 60_000, onWait: () => {} });
    expect(Date.now() - began).toBeLessThan(30_000);
    expect(r.ok).toBe(false);
    expect(r.certificates.map((c) => c.status)).toEqual(['PROVISIONING_FAILED']);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^provisioning of certificate serverless-lb-cert-[0-9a-f]{8} failed \(www\.example\.com: FAILED_CAA_FORBIDDEN — a CAA record on www\.example\.com forbids Google's certificate authorities/);
  });

  it('still PROVISIONING at the bound: not ok, with no failure, after waiting about the bound', async () => {
    const h = await deployed({ certificateActivationMs: 3_600_000 });
    const waits: (readonly string[])[] = [];
    const began = Date.now();
    // A bound of 1.5 s: each read lists every kind, which takes a few hundred ms on a loaded machine, so several reads fit.
    const r = await waitForCertificates(h, LB, P, { timeoutMs: 1500, pollMs: 20, onWait: (p) => waits.push(p) });
    const took = Date.now() - began;
    expect(took).toBeGreaterThanOrEqual(1500);
    expect(took).toBeLessThan(30_000);
    expect(r).toMatchObject({ ok: false, failures: [] });
    expect(r.certificates.map((c) => c.status)).toEqual(['PROVISIONING']);
    expect(waits.length).toBeGreaterThan(1);
  });

  it('interrupted: stops waiting, not ok', async () => {
    const h = await deployed({ certificateActivationMs: 3_600_000 });
    const controller = new AbortController();
    let waited = 0;
    const r = await waitForCertificates(h, LB, P, {
      timeoutMs: 3_600_000,
      pollMs: 20,
      signal: controller.signal,
      onWait: () => {
        if (++waited === 2) controller.abort();
      },
    });
    expect(r).toMatchObject({ ok: false, failures: [] });
    expect(waited).toBe(2);
  });

  describe('reading the certificates while the list answers 503 (transient, gcp-behaviour.md §2.2) for ever', () => {
    const unavailable = { error: { code: 503, message: 'The service is currently unavailable.', errors: [{ domain: 'global', reason: 'backendError', message: 'The service is currently unavailable.' }] } };
    const isCertList = (req: IncomingMessage) => req.method === 'GET' && /\/global\/sslCertificates(\?|$)/.test(req.url ?? '');
    /** Clients whose certificate list always answers 503, calling `seen` first; every other request reaches an empty emulator. */
    async function failingList(seen: () => void) {
      const h = await harness();
      const f = await front((req: IncomingMessage, res: ServerResponse) => isCertList(req) && (seen(), answer(res, 503, unavailable), true), h.em.endpoint);
      return { f, clients: computeClients({ endpoint: f.endpoint }) };
    }

    it('each read retries within 60 s, not the 5-minute default: with 25 s per answer (a held clock) it asks 3 times, then fails naming the list', async () => {
      let now = Date.now();
      const spy = vi.spyOn(Date, 'now').mockImplementation(() => now);
      onTestFinished(() => void spy.mockRestore());
      let asked = 0;
      const { clients } = await failingList(() => void (asked++, (now += 25_000)));
      // Answers at 25, 50 and 75 s: after the 3rd, the time spent passes 60 s (each random delay is below 2 s).
      await expect(waitForCertificates(clients, LB, P, { timeoutMs: 3_600_000, pollMs: 20, onWait: () => {} })).rejects.toThrow(/^Failed to list sslCertificates in project my-project: /);
      expect(asked).toBe(3);
    });

    it('interrupted while the list is retried: the read stops at once, after that one request', async () => {
      const controller = new AbortController();
      let asked = 0;
      const { clients } = await failingList(() => void (asked++, controller.abort()));
      await expect(waitForCertificates(clients, LB, P, { timeoutMs: 3_600_000, pollMs: 20, signal: controller.signal, onWait: () => {} })).rejects.toThrow(/^Failed to list sslCertificates in project my-project: /);
      expect(asked).toBe(1);
    });
  });
});
