/**
 * The emulator command's structured flags, parsed before anything runs (and before the emulator's
 * modules load: this file imports only its defaults).
 */
import { NO_FAULTS, type FaultRates } from '../emulator/config.js';
import { UsageError } from './io.js';

const DOMAIN_FAILURES = ['FAILED_NOT_VISIBLE', 'FAILED_CAA_CHECKING', 'FAILED_CAA_FORBIDDEN', 'FAILED_RATE_LIMITED'];

/** `a.example.com=FAILED_NOT_VISIBLE,b.example.com=FAILED_CAA_FORBIDDEN` → per-domain outcomes. */
export function parseCertificateStates(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [domain, state] = part.split('=') as [string, string | undefined];
    if (!state || !DOMAIN_FAILURES.includes(state)) throw new UsageError(`--certificate-states: ${domain} needs one of ${DOMAIN_FAILURES.join(', ')}`);
    out[domain.toLowerCase()] = state;
  }
  return out;
}

/** `rateLimit=0.1,serverError=0.05` → fault rates. */
export function parseFaults(text: string | undefined): FaultRates {
  if (!text) return NO_FAULTS;
  const out: Record<string, number> = { ...NO_FAULTS };
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [k, v] = part.split('=') as [string, string | undefined];
    if (!(k in NO_FAULTS)) throw new UsageError(`--faults: unknown fault "${k}" (known: ${Object.keys(NO_FAULTS).join(', ')})`);
    const n = Number(v);
    if (v === undefined || !(n >= 0 && n <= 1)) throw new UsageError(`--faults: ${k} takes a rate from 0 to 1`);
    out[k] = n;
  }
  return out as unknown as FaultRates;
}

