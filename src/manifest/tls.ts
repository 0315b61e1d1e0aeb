/**
 * Self-managed certificates checked locally, so that what GCP would refuse mid-apply (after other
 * resources were created) is refused before any API call: every PEM block of the chain parses as a
 * certificate; the private key is PEM and belongs to the leaf; an expired certificate, or one that
 * expires within 30 days, is a warning. `node:crypto` does the parsing; nothing here prints a key.
 */
import type { X509Certificate } from 'node:crypto';
import { secretKey } from '../compile/secrets.js';
import type { Diagnostic, YamlPath } from './diagnostic.js';
import type { LoadedManifest } from './load.js';
import { nodeCrypto } from '../util/builtin.js';

const BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const DAY = 24 * 3600 * 1000;

export interface TlsFinding {
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** The chain's certificates, or the finding for the first block that does not parse. */
export function parseChain(file: string, pem: string): X509Certificate[] | TlsFinding {
  const blocks = pem.match(BLOCK) ?? [];
  const out: X509Certificate[] = [];
  for (const [i, block] of blocks.entries()) {
    try {
      out.push(new (nodeCrypto().X509Certificate)(block));
    } catch {
      return { severity: 'error', message: `"${file}": certificate ${i + 1} of ${blocks.length} is not a valid PEM certificate (its base64 does not decode to an X.509 certificate)` };
    }
  }
  return out;
}

/** Expired, not yet valid, or expiring within 30 days: warnings (GCP serves what it is given). */
export function validityFindings(file: string, leaf: X509Certificate, now: Date): TlsFinding[] {
  const notAfter = Date.parse(leaf.validTo);
  const notBefore = Date.parse(leaf.validFrom);
  const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
  if (notAfter < now.getTime()) return [{ severity: 'warning', message: `"${file}" expired on ${day(notAfter)}; browsers will refuse it` }];
  if (notBefore > now.getTime()) return [{ severity: 'warning', message: `"${file}" is not valid before ${day(notBefore)}` }];
  const left = Math.floor((notAfter - now.getTime()) / DAY);
  return left < 30 ? [{ severity: 'warning', message: `"${file}" expires in ${left} day${left === 1 ? '' : 's'} (${day(notAfter)}); renew it` }] : [];
}

/** The private key parses as PEM and matches the chain's leaf certificate. */
export function keyFindings(certFile: string, keyRef: string, leaf: X509Certificate, key: string): TlsFinding[] {
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) return [{ severity: 'error', message: `the private key ${keyRef} is not a PEM private key (no "-----BEGIN … PRIVATE KEY-----" line)` }];
  let parsed;
  try {
    parsed = nodeCrypto().createPrivateKey(key);
  } catch {
    return [{ severity: 'error', message: `the private key ${keyRef} cannot be parsed (damaged, or encrypted with a passphrase, which GCP does not accept)` }];
  }
  return leaf.checkPrivateKey(parsed) ? [] : [{ severity: 'error', message: `the private key ${keyRef} does not belong to the certificate in "${certFile}" (GCP would refuse it: "The SSL certificate and key do not match.")` }];
}

/**
 * At plan time, when secrets are resolved: each self-managed certificate's private key parses and
 * matches its leaf, reported at the manifest's `privateKey` with its position.
 */
export function keyDiagnostics(loaded: LoadedManifest, secrets: ReadonlyMap<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  (loaded.manifest?.frontend.https?.certificates ?? []).forEach((c, i) => {
    if (!c.selfManaged) return;
    const ref = secretKey(c.selfManaged.privateKey);
    const key = secrets.get(ref);
    const pem = loaded.files.get(c.selfManaged.certificate);
    if (key === undefined || !pem) return;
    const chain = parseChain(c.selfManaged.certificate, pem);
    if (!Array.isArray(chain) || chain.length === 0) return;
    const path: YamlPath = ['frontend', 'https', 'certificates', i, 'selfManaged', 'privateKey'];
    for (const f of keyFindings(c.selfManaged.certificate, ref, chain[0]!, key)) out.push({ ...f, file: loaded.file, ...loaded.locate(path), path });
  });
  return out;
}
