import { baseFields } from '../context.js';
import { errors } from '../errors.js';
import { regionLink } from '../refs.js';
import type { Json } from '../store.js';
import type { KindSpec } from './types.js';

const RFC1035 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const PLATFORMS = ['cloudRun', 'appEngine', 'cloudFunction', 'serverlessDeployment'] as const;
const MASK_FIELDS: Record<(typeof PLATFORMS)[number], string[]> = {
  cloudRun: ['service', 'tag'],
  appEngine: ['service', 'version'],
  cloudFunction: ['function'],
  serverlessDeployment: ['gateway'],
};

function checkMask(field: string, mask: unknown, allowed: string[]): void {
  if (typeof mask !== 'string' || mask === '') throw errors.invalidField(field, mask, 'The URL mask must not be empty.');
  const found = [...mask.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!);
  if (found.length === 0 || found.some((f) => !allowed.includes(f))) {
    throw errors.invalidField(field, mask, `The URL mask must contain only the placeholders ${allowed.map((a) => `<${a}>`).join(', ')}.`);
  }
}

export const regionNetworkEndpointGroups: KindSpec = {
  collection: 'networkEndpointGroups',
  schema: 'NetworkEndpointGroup',
  kindName: 'compute#networkEndpointGroup',
  regional: true,
  word: 'network_endpoint_group',
  fingerprint: 'none',
  labels: false,
  references: () => [],
  operationType: (method) => `compute.regionNetworkEndpointGroups.${method}`,
  /** The v1 API does not know serverlessDeployment (API Gateway NEGs are beta-only): v1 reads omit it. */
  view(ctx, _ref, stored) {
    if (ctx.api === 'beta' || stored.serverlessDeployment === undefined) return stored;
    const { serverlessDeployment: _hidden, ...rest } = stored;
    return rest;
  },
  create(ctx, ref, body) {
    const type = (body.networkEndpointType as string | undefined) ?? 'GCE_VM_IP_PORT';
    if (type !== 'SERVERLESS') {
      throw errors.invalidField('resource.networkEndpointType', type, 'The lb-plan emulator models serverless network endpoint groups only.');
    }
    for (const f of ['network', 'subnetwork', 'defaultPort', 'pscTargetService']) {
      if (body[f] !== undefined) throw errors.invalidField(`resource.${f}`, body[f], `${f} is not supported for a network endpoint group of type SERVERLESS.`);
    }
    const set = PLATFORMS.filter((p) => body[p] !== undefined);
    if (set.length !== 1) {
      throw errors.invalidField('resource', set.join(', '), 'Exactly one of cloudRun, appEngine, cloudFunction or serverlessDeployment must be set for a network endpoint group of type SERVERLESS.');
    }
    const platform = set[0]!;
    const spec = body[platform] as Json;
    const field = `resource.${platform}`;
    if (spec.urlMask !== undefined) checkMask(`${field}.urlMask`, spec.urlMask, MASK_FIELDS[platform]);
    switch (platform) {
      case 'cloudRun':
        if (spec.service === undefined && spec.urlMask === undefined) throw errors.invalidField(`${field}.service`, '', 'Either service or urlMask must be specified.');
        if (spec.service !== undefined && !RFC1035.test(String(spec.service))) throw errors.invalidField(`${field}.service`, spec.service, 'The service name must be 1-63 characters long and comply with RFC1035.');
        if (spec.tag !== undefined && !RFC1035.test(String(spec.tag))) throw errors.invalidField(`${field}.tag`, spec.tag, 'The tag must be 1-63 characters long and comply with RFC1035.');
        break;
      case 'cloudFunction':
        if (spec.function === undefined && spec.urlMask === undefined) throw errors.invalidField(`${field}.function`, '', 'Either function or urlMask must be specified.');
        if (spec.function !== undefined && !/^.{1,63}$/.test(String(spec.function))) throw errors.invalidField(`${field}.function`, spec.function, 'The function name must be 1-63 characters long.');
        break;
      case 'appEngine':
        if (spec.service !== undefined && !/^.{1,63}$/.test(String(spec.service))) throw errors.invalidField(`${field}.service`, spec.service, 'The service name must be 1-63 characters long.');
        if (spec.version !== undefined && !/^.{1,100}$/.test(String(spec.version))) throw errors.invalidField(`${field}.version`, spec.version, 'The version must be 1-100 characters long.');
        break;
      case 'serverlessDeployment':
        if (spec.platform !== 'apigateway.googleapis.com') throw errors.invalidField(`${field}.platform`, spec.platform ?? '', 'The only supported platform is apigateway.googleapis.com.');
        if (spec.resource === undefined && spec.urlMask === undefined) throw errors.invalidField(`${field}.resource`, '', 'Either resource or urlMask must be specified.');
        break;
    }
    return {
      ...baseFields(ctx, ref, this.kindName),
      ...(body.description !== undefined ? { description: body.description } : {}),
      networkEndpointType: 'SERVERLESS',
      [platform]: spec,
      region: regionLink(ref.project, ref.scope),
      size: 0,
    };
  },
};
