import type { Step } from '../plan/types.js';

export interface StepOutcome {
  readonly step: Step;
  readonly status: 'done' | 'failed' | 'skipped';
  /** GCP's message, with the action and resource named by the renderer. */
  readonly error?: string;
  /** For a skipped step: the id of the failed step it depended on (or `interrupted`). */
  readonly because?: string;
  readonly ms: number;
}

export interface ApplyResult {
  readonly outcomes: readonly StepOutcome[];
  readonly done: number;
  readonly failed: number;
  readonly skipped: number;
  readonly ms: number;
}

/** Progress as typed events; renderers (text, JSON lines, summary) consume them. */
export type ApplyEvent =
  | { readonly type: 'start'; readonly step: Step }
  | { readonly type: 'done'; readonly step: Step; readonly ms: number }
  | { readonly type: 'failed'; readonly step: Step; readonly error: string; readonly ms: number }
  | { readonly type: 'skipped'; readonly step: Step; readonly because: string }
  | { readonly type: 'retry'; readonly step: Step; readonly attempt: number; readonly delayMs: number; readonly error: string }
  | { readonly type: 'waiting'; readonly step: Step; readonly message: string }
  /** A step still under way, every `progressEveryMs` (Terraform's "Still creating... [10s elapsed]"). */
  | { readonly type: 'progress'; readonly step: Step; readonly elapsedMs: number }
  | { readonly type: 'finished'; readonly result: ApplyResult };
