import type { SecretRefSpec } from '../manifest/schema.js';
import { sha256Hex } from '../model/hash.js';
import type { CompiledLoadBalancer, DesiredResource, SecretField } from './types.js';

/** The printable key of a secret reference: `env:NAME` or `file:PATH`. Never the value. */
export function secretKey(ref: SecretRefSpec): string {
  return ref.env !== undefined ? `env:${ref.env}` : `file:${ref.file ?? ''}`;
}

/**
 * A compiled load balancer with its secret values put in place (at the fields `compile` marked) and
 * their hashes filled: the manifest is compiled once, at load, without secrets; plan-time secrets
 * are added here instead of compiling again.
 */
export function withSecrets(lb: CompiledLoadBalancer, secrets: ReadonlyMap<string, string>): CompiledLoadBalancer {
  const resources = lb.resources.map((r): DesiredResource => {
    if (r.secrets.length === 0) return r;
    const body = structuredClone(r.body) as Record<string, unknown>;
    const fields: SecretField[] = r.secrets.map((s) => {
      const value = secrets.get(s.ref);
      if (value === undefined) return s;
      let node = body;
      for (const seg of s.field.slice(0, -1)) node = (node[seg] ??= {}) as Record<string, unknown>;
      node[s.field.at(-1)!] = value;
      return { ...s, sha256: sha256Hex(value) };
    });
    return { ...r, body, secrets: fields };
  });
  return { ...lb, resources };
}
