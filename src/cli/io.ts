/** Where a command writes. The real process streams in bin.ts; strings in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour, prompts). */
  readonly isTTY?: boolean;
  /** Asks a question on the terminal; undefined when there is no terminal. */
  readonly prompt?: (question: string) => Promise<string>;
}

/** A user mistake the CLI reports in one line, without a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The message for an error that is lb-plan's fault, not the user's: no stack unless LB_PLAN_DEBUG is set. */
export function internalError(e: unknown, env: CliIo['env']): string {
  const err = e as Error;
  return `lb-plan: internal error: ${err.message}\n${env.LB_PLAN_DEBUG ? `${err.stack ?? ''}\n` : 'Set LB_PLAN_DEBUG=1 for details, and please report it.\n'}`;
}
