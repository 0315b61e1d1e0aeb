import type { ComputeClients } from '../gcp/client.js';
import { readLive } from '../gcp/read.js';
import { sleep } from '../gcp/retry.js';
import { ownedBy } from '../plan/diff.js';
import type { CertificateStatus } from '../plan/types.js';
import { certificateVerdict } from './certificate-states.js';
import { lbOutputs } from './outputs.js';

export interface CertificateWait {
  readonly ok: boolean;
  readonly certificates: readonly CertificateStatus[];
  /** Why provisioning failed, per failed certificate, with what to do (./certificate-states.ts). */
  readonly failures: readonly string[];
}

/**
 * `--wait-for-certificates`: polls the load balancer's managed certificates until all are ACTIVE,
 * one fails (PROVISIONING_FAILED…, said at once, with the failing domain and what to do), or the
 * bound passes. Progress names failing domains as they show.
 */
export async function waitForCertificates(
  clients: ComputeClients,
  lb: string,
  project: string,
  options: { timeoutMs: number; pollMs: number; onWait: (pending: readonly string[]) => void; signal?: AbortSignal },
): Promise<CertificateWait> {
  const begin = Date.now();
  for (;;) {
    const live = await readLive(clients, project, { signal: options.signal, budgetMs: 60_000 });
    const outputs = lbOutputs(lb, live);
    const managed = [...live.resources.values()].filter((r) => r.kind === 'sslCertificate' && r.body.type === 'MANAGED' && ownedBy(r, lb));
    const verdicts = managed.map((r) => certificateVerdict(r.name, r.body, outputs.dns));
    const failures = verdicts.flatMap((v) => (v.kind === 'failed' ? [v.message] : []));
    const pending = verdicts.flatMap((v) => (v.kind === 'pending' ? [v.message] : []));
    if (failures.length || pending.length === 0) return { ok: failures.length === 0, certificates: outputs.certificates, failures };
    if (Date.now() - begin >= options.timeoutMs || options.signal?.aborted) return { ok: false, certificates: outputs.certificates, failures };
    options.onWait(pending);
    await sleep(options.pollMs, options.signal);
  }
}
