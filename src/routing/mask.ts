/**
 * URL masks of serverless NEGs: a template of the URL schema from which the NEG extracts the
 * service (tag, function, version, gateway) of each request. The rules, from the guide's
 * "Construct a URL mask" (../shared/reference/classic-alb-serverless-backends.md):
 * - no scheme; the part before the first `/` is the host, the rest the path ("If a `/` is not
 *   present in the URL mask, it is understood to represent the host only"); a mask that starts
 *   with `/` says nothing of the host;
 * - host or subdomain components before the first placeholder may be left out of the mask, and so
 *   may path components after the last placeholder: the host part matches the end of the host (at a
 *   `.`), the path part the start of the path (up to a `/`);
 * - a placeholder stands for one host label part (no `.`) or one path segment part (no `/`).
 * Hosts compare in lower case, paths as they are. Pure.
 */
import type { RequestUrl } from './url.js';

/** The placeholders a mask can hold, on any platform. */
export type Placeholder = 'service' | 'tag' | 'function' | 'version' | 'gateway';

export interface CompiledMask {
  readonly mask: string;
  /** Matches the whole host; absent when the mask gives no host. */
  readonly host?: RegExp;
  readonly hostNames: readonly string[];
  /** Matches the whole path; absent when the mask gives no path. */
  readonly path?: RegExp;
  readonly pathNames: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regular expression source of one part of a mask, and its placeholder names in order. */
function part(text: string, placeholder: string): { source: string; names: string[] } {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of text.matchAll(/<([^<>]+)>/g)) {
    source += escape(text.slice(last, m.index));
    source += placeholder;
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  source += escape(text.slice(last));
  return { source, names };
}

/** Compiles a URL mask into matchers for the host and the path. */
export function compileMask(mask: string): CompiledMask {
  const slash = mask.indexOf('/');
  const hostText = (slash < 0 ? mask : mask.slice(0, slash)).toLowerCase();
  const pathText = slash < 0 ? undefined : mask.slice(slash);
  const host = hostText === '' ? undefined : part(hostText, '([a-z0-9-]+)');
  const path = pathText === undefined ? undefined : part(pathText, '([^/]+)');
  return {
    mask,
    // Leading host labels may be omitted from the mask.
    ...(host ? { host: new RegExp(`^(?:[a-z0-9-]+\\.)*${host.source}$`) } : {}),
    hostNames: host?.names ?? [],
    // Trailing path segments may be omitted from the mask.
    ...(path ? { path: new RegExp(`^${path.source}${pathText!.endsWith('/') ? '.*' : '(?:/.*)?'}$`) } : {}),
    pathNames: path?.names ?? [],
  };
}

/**
 * The placeholders' values for a request, by name (`{ service: 'login', tag: 'test' }`), or
 * undefined when the URL does not fit the mask.
 */
export function applyMask(mask: string, req: Pick<RequestUrl, 'hostname' | 'path'>): Readonly<Record<string, string>> | undefined {
  const c = compileMask(mask);
  const out: Record<string, string> = {};
  if (c.host) {
    const m = c.host.exec(req.hostname.toLowerCase());
    if (!m) return undefined;
    c.hostNames.forEach((n, i) => (out[n] = m[i + 1]!));
  }
  if (c.path) {
    const m = c.path.exec(req.path);
    if (!m) return undefined;
    c.pathNames.forEach((n, i) => (out[n] = m[i + 1]!));
  }
  return out;
}
