/** The Action's view of its run: the event and the runner's environment, what it says back, and each manifest's outcome. */
import type { LbOutputs } from '../apply/outputs.js';
import type { LiveState } from '../gcp/read.js';
import type { Diagnostic } from '../manifest/diagnostic.js';
import type { Plan } from '../plan/index.js';
import type { Section } from './comment.js';

export interface ActionContext {
  readonly eventName: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly sha: string;
  readonly ref: string;
  readonly runnerTemp: string;
  readonly runUrl?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The checkout (GITHUB_WORKSPACE): manifests must resolve inside it. */
  readonly workspace: string;
  /** Who started the run (GITHUB_ACTOR): named when a maintainer plans a pull request by hand. */
  readonly actor?: string;
}

/** What the Action says to the runner: outputs, annotations, the job summary, failure, masking. */
export interface ActionIo {
  setOutput(name: string, value: string): void;
  annotate(d: Diagnostic): void;
  info(text: string): void;
  notice(text: string): void;
  warning(text: string): void;
  summary(markdown: string): Promise<void>;
  fail(message: string): void;
  /** Registers a secret value with the runner's log masking. */
  mask(value: string): void;
}

/** `service-checks`: with the `strict` input, a check of the Cloud Run services behind the NEGs warned or could not run. */
export type FailureReason = 'validation' | 'plan-changed' | 'api-error' | 'no-approved-plan' | 'apply-failed' | 'stale-plan' | 'service-checks';

/**
 * What became of a manifest: planned (a plan run), applied (this run changed it, or tried to),
 * unchanged (nothing to apply, or applied by an earlier attempt at this commit), held (its plan
 * was fine, but another manifest's was refused, so nothing was applied).
 */
export type ManifestState = 'planned' | 'applied' | 'unchanged' | 'held';

/** One manifest's outcome in a run: its comment section, and what the outputs need. */
export interface ManifestResult {
  readonly file: string;
  readonly section: Section;
  /** The same section with the job summary's share of room instead of the comment's. */
  readonly full?: string;
  readonly plan?: Plan;
  readonly state?: ManifestState;
  readonly failure?: FailureReason;
  /** Why it failed, in one line, for the log (an API error's message, how many errors). */
  readonly reason?: string;
  readonly outputs?: LbOutputs;
  /** The live state its plan read (a plan run looks for orphaned resources in it). */
  readonly live?: LiveState;
}
