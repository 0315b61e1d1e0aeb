import { isIPv4, isIPv6 } from 'node:net';
import { baseFields, checkLabels, labelFingerprintOf, type Ctx } from '../context.js';
import { errors } from '../errors.js';
import { relPath, selfLinkOf, type Ref } from '../refs.js';
import type { KindSpec } from './types.js';

/** Allocates an address the way GCP does from its pools: 34.x.x.x and 2600:1901:0:… here. */
export function allocateIp(ctx: Ctx, version: 'IPV4' | 'IPV6'): string {
  if (version === 'IPV6') {
    const n = ++ctx.store.counters.ipv6;
    return `2600:1901:0:${(n & 0xffff).toString(16)}::`;
  }
  const n = ++ctx.store.counters.ipv4;
  return `34.${96 + ((n >> 16) & 0x1f)}.${(n >> 8) & 0xff}.${n & 0xff}`;
}

export const globalAddresses: KindSpec = {
  collection: 'addresses',
  schema: 'Address',
  kindName: 'compute#address',
  regional: false,
  word: 'address',
  fingerprint: 'none',
  labels: true,
  references: () => [],
  create(ctx, ref, body) {
    const ipVersion = (body.ipVersion as string | undefined) ?? 'IPV4';
    if (ipVersion === 'UNSPECIFIED_VERSION') throw errors.invalidField('resource.ipVersion', ipVersion, 'IP version must be IPV4 or IPV6.');
    const addressType = (body.addressType as string | undefined) ?? 'EXTERNAL';
    if (addressType !== 'EXTERNAL') throw errors.invalidField('resource.addressType', addressType, 'The lb-plan emulator models global EXTERNAL addresses only.');
    if (body.networkTier !== undefined && body.networkTier !== 'PREMIUM') {
      throw errors.invalidField('resource.networkTier', body.networkTier, 'Global addresses are always Premium Tier.');
    }
    let address = body.address as string | undefined;
    if (address !== undefined) {
      if (ipVersion === 'IPV4' ? !isIPv4(address) : !isIPv6(address)) throw errors.invalidField('resource.address', address, `The address is not a valid ${ipVersion} address.`);
      const clash = ctx.store.list(ref.project, 'addresses').find((a) => a.body.address === address);
      if (clash) throw errors.invalidField('resource.address', address, `The IP address is already reserved by '${relPath(clash.ref)}'.`);
    } else address = allocateIp(ctx, ipVersion as 'IPV4' | 'IPV6');
    checkLabels(body.labels);
    return {
      ...baseFields(ctx, ref, this.kindName),
      ...(body.description !== undefined ? { description: body.description } : {}),
      address,
      status: 'RESERVED',
      ipVersion,
      addressType,
      networkTier: 'PREMIUM',
      ...(body.prefixLength !== undefined ? { prefixLength: body.prefixLength } : {}),
      ...(body.labels ? { labels: body.labels } : {}),
      labelFingerprint: labelFingerprintOf(body.labels),
    };
  },
  view(ctx, ref, stored) {
    const users = ctx.store.users(ref).map((u: Ref) => selfLinkOf(u));
    return users.length ? { ...stored, status: 'IN_USE', users } : stored;
  },
};
