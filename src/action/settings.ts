/** The Action's inputs, read once into plain settings. */
export type Mode = 'plan' | 'apply' | 'auto';
export type DirectPushRule = 'fail' | 'apply' | 'skip';

export interface Settings {
  readonly manifests: string;
  readonly mode: Mode;
  readonly githubToken: string;
  readonly project?: string;
  readonly computeEndpoint?: string;
  readonly parallelism: number;
  readonly requireApprovedPlan: boolean;
  readonly onDirectPush: DirectPushRule;
}

export class InputError extends Error {}

export function readSettings(get: (name: string) => string): Settings {
  const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(value)) throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
  const parallelism = Number(get('parallelism') || '10');
  if (!Number.isInteger(parallelism) || parallelism < 1) throw new InputError(`input parallelism must be a whole number of at least 1`);
  const bool = (name: string, dflt: boolean): boolean => {
    const v = get(name).trim().toLowerCase();
    if (v === '') return dflt;
    if (['true', 'yes', '1'].includes(v)) return true;
    if (['false', 'no', '0'].includes(v)) return false;
    throw new InputError(`input ${name} must be true or false, not "${v}"`);
  };
  return {
    manifests: get('manifests'),
    mode: oneOf('mode', get('mode') || 'auto', ['plan', 'apply', 'auto'] as const),
    githubToken: get('github-token'),
    project: get('project') || undefined,
    computeEndpoint: get('compute-endpoint') || undefined,
    parallelism,
    requireApprovedPlan: bool('require-approved-plan', true),
    onDirectPush: oneOf('on-direct-push', get('on-direct-push') || 'fail', ['fail', 'apply', 'skip'] as const),
  };
}
