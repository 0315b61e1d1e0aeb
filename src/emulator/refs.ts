/** References between resources: GCP accepts full URLs and partial paths, and answers with full URLs. */
import { errors } from './errors.js';

export const SELF_LINK_BASE = 'https://www.googleapis.com/compute/';

export interface Ref {
  readonly project: string;
  /** `global` or a region name. */
  readonly scope: string;
  readonly collection: string;
  readonly name: string;
}

/** `projects/P/global/C/N` or `projects/P/regions/R/C/N`: the form GCP's messages use. */
export function relPath(r: Ref): string {
  return `projects/${r.project}/${r.scope === 'global' ? 'global' : `regions/${r.scope}`}/${r.collection}/${r.name}`;
}

export function selfLinkOf(r: Ref, version = 'v1'): string {
  return `${SELF_LINK_BASE}${version}/${relPath(r)}`;
}

export function regionLink(project: string, region: string, version = 'v1'): string {
  return `${SELF_LINK_BASE}${version}/projects/${project}/regions/${region}`;
}

const REF = /^(?:https:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\/)?(?:compute\/(?:v1|beta)\/)?(?:projects\/([^/]+)\/)?(global|regions\/([^/]+))\/([A-Za-z]+)\/([^/]+)$/;

/**
 * Parses a reference written in any form GCP accepts. `collection` is the one the field must
 * name; a reference to another collection is an invalid value for `field`.
 */
export function parseRef(value: unknown, field: string, project: string, collection: string): Ref {
  const m = typeof value === 'string' ? REF.exec(value) : null;
  if (!m || m[4] !== collection) {
    throw errors.invalidField(field, value, `The URL is malformed.`);
  }
  return { project: m[1] ?? project, scope: m[3] ?? 'global', collection, name: m[5]! };
}
