/** Routes from the contract: every method of the discovery subset at its path, under /compute/v1/ and /compute/beta/. */
import { contract, type ContractMethod } from '../contract/index.js';

export interface Route {
  readonly resource: string;
  readonly method: string;
  readonly spec: ContractMethod;
  readonly params: Record<string, string>;
  readonly api: 'v1' | 'beta';
}

interface Compiled {
  readonly resource: string;
  readonly method: string;
  readonly spec: ContractMethod;
  readonly regex: RegExp;
  readonly names: string[];
}

const table: Compiled[] = [];
for (const [resource, methods] of Object.entries(contract.resources)) {
  for (const [method, spec] of Object.entries(methods)) {
    const names: string[] = [];
    const pattern = spec.path.replace(/[.]/g, '\\.').replace(/\{\+?(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    table.push({ resource, method, spec, regex: new RegExp(`^${pattern}$`), names });
  }
}

export function route(httpMethod: string, pathname: string): Route | undefined {
  const m = /^\/compute\/(v1|beta)\/(.*)$/.exec(pathname);
  if (!m) return undefined;
  const api = m[1] as 'v1' | 'beta';
  const rest = m[2]!;
  for (const r of table) {
    if (r.spec.httpMethod !== httpMethod) continue;
    const match = r.regex.exec(rest);
    if (!match) continue;
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    } catch {
      return undefined; // a malformed %-escape names no resource: 404, as for any unknown path
    }
    return { resource: r.resource, method: r.method, spec: r.spec, params, api };
  }
  return undefined;
}

/** True when some method exists at this path under another HTTP verb (GCP answers 405-ish 404s; we say which). */
export function pathExists(pathname: string): boolean {
  const rest = pathname.replace(/^\/compute\/(v1|beta)\//, '');
  return table.some((r) => r.regex.test(rest));
}
