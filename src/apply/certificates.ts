import type { ComputeClients } from '../gcp/client.js';
import { readLive } from '../gcp/read.js';
import { lbOutputs } from './outputs.js';
import type { CertificateStatus } from '../plan/types.js';

/**
 * `--wait-for-certificates`: polls the load balancer's managed certificates until all are ACTIVE,
 * or the bound passes. Returns the last statuses.
 */
export async function waitForCertificates(
  clients: ComputeClients,
  lb: string,
  project: string,
  options: { timeoutMs: number; pollMs: number; onWait: (pending: readonly CertificateStatus[]) => void; signal?: AbortSignal },
): Promise<{ ok: boolean; certificates: readonly CertificateStatus[] }> {
  const begin = Date.now();
  for (;;) {
    const certs = lbOutputs(lb, await readLive(clients, project)).certificates;
    const pending = certs.filter((c) => c.status !== 'ACTIVE');
    if (pending.length === 0) return { ok: true, certificates: certs };
    if (Date.now() - begin >= options.timeoutMs || options.signal?.aborted) return { ok: false, certificates: certs };
    options.onWait(pending);
    await new Promise((r) => setTimeout(r, options.pollMs));
  }
}
