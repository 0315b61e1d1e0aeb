import { KIND_INFO, type ResourceKind } from './kinds.js';

/** Where a resource lives: the global scope or one region. */
export type Scope = { readonly type: 'global' } | { readonly type: 'region'; readonly region: string };

export const GLOBAL: Scope = { type: 'global' };

/** The canonical prefix of Compute self links; GCP writes references in this form. */
export const COMPUTE_BASE = 'https://www.googleapis.com/compute/v1/';

/**
 * A resource's address: its identity inside lb-plan, stable across runs and checkouts.
 * `backendService/serverless-lb-hello`, `regionNetworkEndpointGroup/us-central1/serverless-lb-hello-…`.
 */
export function resourceAddress(kind: ResourceKind, scope: Scope, name: string): string {
  return scope.type === 'region' ? `${kind}/${scope.region}/${name}` : `${kind}/${name}`;
}

/** The relative path GCP uses in messages: `projects/P/global/backendServices/NAME`. */
export function relativePath(project: string, kind: ResourceKind, scope: Scope, name: string): string {
  const where = scope.type === 'region' ? `regions/${scope.region}` : 'global';
  return `projects/${project}/${where}/${KIND_INFO[kind].segment}/${name}`;
}

/** The full self link of a resource, the form references are written in. */
export function selfLink(project: string, kind: ResourceKind, scope: Scope, name: string): string {
  return COMPUTE_BASE + relativePath(project, kind, scope, name);
}
