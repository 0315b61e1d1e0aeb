import { isIP } from 'node:net';
import { baseFields, checkLabels, fingerprintOf, labelFingerprintOf, mustExist, type Ctx } from '../context.js';
import { errors } from '../errors.js';
import { parseRef, selfLinkOf, type Ref } from '../refs.js';
import type { Json } from '../store.js';
import { allocateIp } from './address.js';
import { urlMaps } from './url-map.js';
import type { KindSpec } from './types.js';

const TARGETS = ['targetHttpProxies', 'targetHttpsProxies'];

function targetRef(ref: Ref, value: unknown): Ref {
  if (value === undefined || value === '') throw errors.required('resource.target');
  const m = typeof value === 'string' ? /\/(targetHttpProxies|targetHttpsProxies|[A-Za-z]+)\/[^/]+$/.exec(value) : null;
  const collection = m?.[1] ?? '';
  if (!TARGETS.includes(collection)) throw errors.invalidField('resource.target', value, 'The lb-plan emulator models global forwarding rules to target HTTP(S) proxies only.');
  return parseRef(value, 'resource.target', ref.project, collection);
}

function addressRef(ref: Ref, value: unknown): Ref | undefined {
  return typeof value === 'string' && !isIP(value) ? parseRef(value, 'resource.IPAddress', ref.project, 'addresses') : undefined;
}

/** An IP as GCP answers it: IPv6 in canonical form. */
function canonicalIp(ip: string): string {
  return ip.includes(':') ? new URL(`http://[${ip}]`).hostname.slice(1, -1) : ip;
}

/** The IP an IPAddress value names: the address's own for a reference to an address, else the literal IP. */
function ipNamed(ctx: Ctx, ref: Ref, value: string): string {
  const addr = addressRef(ref, value);
  return addr ? String(mustExist(ctx, addr).address) : canonicalIp(value);
}

function ports(range: string): [number, number] {
  const [a, b] = range.split('-').map(Number) as [number, number?];
  return [a, b ?? a];
}

/** The scheme of the backend services a target proxy leads to (through its URL map). */
function backendSchemes(ctx: Ctx, target: Ref): Set<string> {
  const proxy = ctx.store.get(target);
  const out = new Set<string>();
  if (!proxy) return out;
  const mapRef = parseRef(proxy.urlMap, 'urlMap', target.project, 'urlMaps');
  const map = ctx.store.get(mapRef);
  if (!map) return out;
  for (const service of urlMaps.references(mapRef, map)) {
    const bs = ctx.store.get(service);
    if (bs) out.add(String(bs.loadBalancingScheme));
  }
  return out;
}

function validate(ctx: Ctx, ref: Ref, body: Json, prev: Json | undefined): Json {
  const target = targetRef(ref, body.target);
  mustExist(ctx, target);
  const scheme = (body.loadBalancingScheme as string | undefined) ?? 'EXTERNAL';
  if (scheme !== 'EXTERNAL' && scheme !== 'EXTERNAL_MANAGED') throw errors.invalidField('resource.loadBalancingScheme', scheme, 'The lb-plan emulator models global external forwarding rules only.');
  for (const s of backendSchemes(ctx, target)) {
    if (s !== scheme) throw errors.invalidField('resource.backendService', '', `Load balancing scheme ${scheme} does not match the backend service load balancing scheme ${s}.`);
  }
  const tier = (body.networkTier as string | undefined) ?? 'PREMIUM';
  if (tier !== 'PREMIUM') throw errors.invalidField('resource.networkTier', tier, 'For a global forwarding rule, the network tier must be PREMIUM.');
  const protocol = (body.IPProtocol as string | undefined) ?? 'TCP';
  if (protocol !== 'TCP') throw errors.invalidField('resource.IPProtocol', protocol, 'Target HTTP(S) proxies accept TCP only.');
  if (body.ports !== undefined || body.allPorts !== undefined) throw errors.invalidField('resource.ports', body.ports ?? body.allPorts, 'The ports, port_range, and allPorts fields are mutually exclusive; a global forwarding rule to a target proxy takes portRange.');
  const rangeText = String(body.portRange ?? '');
  if (!/^\d+(-\d+)?$/.test(rangeText)) throw errors.invalidField('resource.portRange', rangeText, 'Port range must be a port or a range such as 80 or 8080-8090.');
  const [lo, hi] = ports(rangeText);
  if (lo < 1 || hi > 65535 || lo > hi) throw errors.invalidField('resource.portRange', rangeText, 'Invalid port range.');
  let ip = body.IPAddress as string | undefined;
  let ipVersion = body.ipVersion as string | undefined;
  const addr = addressRef(ref, ip);
  if (addr) {
    const a = mustExist(ctx, addr);
    ip = String(a.address);
    if (ipVersion !== undefined && ipVersion !== a.ipVersion) throw errors.invalidField('resource.ipVersion', ipVersion, 'The IP version does not match the address.');
    ipVersion = undefined;
  } else if (ip === undefined || ip === '') {
    ip = prev?.IPAddress !== undefined ? String(prev.IPAddress) : allocateIp(ctx, ipVersion === 'IPV6' ? 'IPV6' : 'IPV4');
  } else if (ipVersion !== undefined) {
    throw errors.invalidField('resource.ipVersion', ipVersion, 'ipVersion can only be set when no IP address is specified.');
  } else {
    ip = canonicalIp(ip);
  }
  for (const other of ctx.store.list(ref.project, 'forwardingRules')) {
    if (other.ref.name === ref.name || other.body.IPAddress !== ip) continue;
    const [olo, ohi] = ports(String(other.body.portRange));
    if (lo <= ohi && olo <= hi) throw errors.invalidField('resource.IPAddress', ip, 'Specified IP address is in-use and would result in a conflict.');
  }
  checkLabels(body.labels);
  const out: Json = {
    ...body,
    IPAddress: ip,
    IPProtocol: protocol,
    portRange: `${lo}-${hi}`,
    target: selfLinkOf(target),
    loadBalancingScheme: scheme,
    networkTier: tier,
    labelFingerprint: labelFingerprintOf(body.labels),
  };
  if (ipVersion !== undefined) out.ipVersion = ipVersion;
  else delete out.ipVersion;
  return out;
}

/** The stored rule keeps the address it was created with, so "in use" can name it. */
const ADDRESS_LINK = '__address';

export const globalForwardingRules: KindSpec = {
  collection: 'forwardingRules',
  schema: 'ForwardingRule',
  kindName: 'compute#forwardingRule',
  regional: false,
  word: 'forwarding_rule',
  fingerprint: 'optional',
  labels: true,
  operationType: (method) => (method === 'setTarget' ? 'SetTarget' : method),
  references(ref, body) {
    const out = [targetRef(ref, body.target)];
    const a = body[ADDRESS_LINK];
    if (typeof a === 'string') out.push(parseRef(a, 'IPAddress', ref.project, 'addresses'));
    return out;
  },
  create(ctx, ref, body) {
    const addr = addressRef(ref, body.IPAddress);
    const out: Json = { ...baseFields(ctx, ref, this.kindName), ...validate(ctx, ref, body, undefined) };
    if (addr) out[ADDRESS_LINK] = selfLinkOf(addr);
    return { ...out, fingerprint: fingerprintOf(out, [ADDRESS_LINK]) };
  },
  change(ctx, ref, prev, next) {
    // The contract: "Currently, you can only patch the network_tier field" (globalForwardingRules.patch), so the IP a
    // rule holds stays; naming that same IP again, as a literal or through its address, changes nothing.
    if (next.IPAddress !== undefined && next.IPAddress !== prev.IPAddress && ipNamed(ctx, ref, String(next.IPAddress)) !== prev.IPAddress) {
      throw errors.invalidField('resource.IPAddress', next.IPAddress, 'The IP address of a forwarding rule cannot be changed.');
    }
    const out: Json = { ...validate(ctx, ref, { ...next, IPAddress: prev.IPAddress }, prev) };
    if (prev[ADDRESS_LINK]) out[ADDRESS_LINK] = prev[ADDRESS_LINK];
    return { ...out, fingerprint: fingerprintOf(out, [ADDRESS_LINK]) };
  },
  view(_ctx, _ref, stored) {
    if (stored[ADDRESS_LINK] === undefined) return stored;
    const { [ADDRESS_LINK]: _hidden, ...rest } = stored;
    return rest;
  },
};
