/**
 * Surviving mutants that no test can kill, each with the reason it behaves exactly as the original
 * (an equivalent mutant). scripts/mutation-report.mjs lists them as such in test/MUTATION.md and
 * leaves them out of the "without equivalents" score; every other survivor is work to do.
 *
 * A mutant is matched by its file, Stryker's mutator name, the original code it replaces and the
 * replacement (whitespace collapsed), and, where that is not unique, `near`: text its line holds.
 * Not by line number, so edits elsewhere in the file keep the match.
 */
export const EQUIVALENTS = [
  {
    file: 'src/plan/stale.ts',
    mutator: 'ConditionalExpression',
    original: "s.operation.type === 'insert'",
    replacement: 'true',
    reason:
      'Every step on a resource that existed at plan time is on an observed address (the plan observes every live resource it changes), and every other step belongs to a resource the plan inserts: its insert reports the same sentence, which the final Set keeps once.',
  },
  {
    file: 'src/gcp/retry.ts',
    mutator: 'ConditionalExpression',
    original: 'i.status !== undefined',
    replacement: 'true',
    reason: 'TRANSIENT_STATUS.has(undefined) is false: without a status the second half of the condition is false either way.',
  },
  {
    file: 'src/gcp/retry.ts',
    mutator: 'ObjectLiteral',
    original: '{ once: true }',
    replacement: '{}',
    reason: 'The abort listener removes itself when it runs (done() calls removeEventListener), so { once: true } changes nothing.',
  },
  {
    file: 'src/gcp/retry.ts',
    mutator: 'BooleanLiteral',
    original: 'true',
    replacement: 'false',
    near: 'signal?.addEventListener(\'abort\', done, { once: true })',
    reason: 'In sleep()\'s { once: true }: the abort listener removes itself when it runs (done() calls removeEventListener), so once changes nothing.',
  },
  {
    file: 'src/gcp/retry.ts',
    mutator: 'ConditionalExpression',
    original: 'i.unreachable || i.timedOut',
    replacement: 'true',
    near: 'streak.count >= NO_ANSWER_ATTEMPTS',
    reason:
      "In noAnswerGiveUp: retrying() resets the streak to 0 on any error that is neither unreachable nor timed out, so a streak of NO_ANSWER_ATTEMPTS (4) or more means this error is one of them.",
  },
  {
    file: 'src/model/names.ts',
    mutator: 'ConditionalExpression',
    original: 'marker === labelled',
    replacement: 'false',
    reason: 'When the marker and the labels name the same load balancer, the expression returns `marker` instead of `labelled`: the same name.',
  },
  {
    file: 'src/model/names.ts',
    mutator: 'OptionalChaining',
    original: 'labels?.[HANDOVER_LABEL]',
    replacement: 'labels[HANDOVER_LABEL]',
    reason: 'This line is reached only when `labelled` was read from `labels`, so `labels` is defined there.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    near: "(text.match(/-----BEGIN CERTIFICATE-----/g) ?? [])",
    reason: 'This branch runs only after the same pattern matched the text (the else-if before it), so match() never returns null and the fallback list is never used.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ConditionalExpression',
    original: 'i > 0',
    replacement: 'true',
    near: 'platforms[i] !== platforms[0]',
    reason: 'For i = 0 the other half, platforms[0] !== platforms[0], is false: the condition is the same for every i.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'EqualityOperator',
    original: 'i > 0',
    replacement: 'i >= 0',
    near: 'platforms[i] !== platforms[0]',
    reason: 'For i = 0 the other half, platforms[0] !== platforms[0], is false: the condition is the same for every i.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'EqualityOperator',
    original: 'star >= 0',
    replacement: 'star > 0',
    near: "path[star - 1] !== '/'",
    reason: 'The schema requires every path to start with "/" (a "*" path fails it with \'"*" must start with /\', and checkRouting runs only on sound routing), so "*" is never at index 0.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ArrayDeclaration',
    original: '[]',
    replacement: '["Stryker was here"]',
    near: '(m.tests ?? []).forEach',
    reason: 'checkTests is called only when Array.isArray(m.tests), so the fallback list is never used.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ConditionalExpression',
    original: 'text === undefined',
    replacement: 'false',
    reason: 'The loader (readNamedFiles in load.ts) puts the path of every certificate of a sound entry in ctx.files, null when it cannot be read, so the text is never undefined here.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    near: "mask.replace(/<[^<>]*>/g, '')",
    reason: 'What replaces each <placeholder> holds no bracket either way, and only brackets in what is left are looked for.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ConditionalExpression',
    original: "match.outcome.type === 'service'",
    replacement: 'true',
    reason: "The URL map a manifest's routing compiles to (manifestUrlMap) routes every host and path to a backend service, with no route rules or redirects, so the outcome is always a service.",
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'StringLiteral',
    original: "'no backend'",
    replacement: '""',
    reason: "The URL map a manifest's routing compiles to (manifestUrlMap) routes every host and path to a backend service, so no test reaches no backend.",
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ConditionalExpression',
    original: "match.outcome.type !== 'service'",
    replacement: 'false',
    reason: "The URL map a manifest's routing compiles to (manifestUrlMap) routes every host and path to a backend service, so this half is always false.",
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ConditionalExpression',
    original: "m.frontend && typeof m.frontend === 'object'",
    replacement: 'true',
    reason: "checkFrontend returns at once unless ctx.sound(['frontend', 'address']); a frontend that is missing, null or not a mapping is a schema finding at frontend or at the top (then no rule runs at all), so that part is never sound.",
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'LogicalOperator',
    original: "m.frontend && typeof m.frontend === 'object'",
    replacement: "m.frontend || typeof m.frontend === 'object'",
    reason: "checkFrontend returns at once unless ctx.sound(['frontend', 'address']); a frontend that is missing, null or not a mapping is a schema finding at frontend or at the top (then no rule runs at all), so that part is never sound.",
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ConditionalExpression',
    original: "typeof m.frontend === 'object'",
    replacement: 'true',
    reason: "checkFrontend returns at once unless ctx.sound(['frontend', 'address']); a frontend that is not a mapping is a schema finding at frontend, so that part is never sound.",
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ArrayDeclaration',
    original: "['function']",
    replacement: '[]',
    near: "cloudFunctions: { allowed: ['function'], required: ['function'] }",
    reason: 'The required list of Cloud Functions: its only allowed placeholder is <function>, so a mask with placeholders and none invalid always has it; the required check can never fire.',
  },
  {
    file: 'src/manifest/rules.ts',
    mutator: 'ArrayDeclaration',
    original: "['gateway']",
    replacement: '[]',
    near: "apiGateway: { allowed: ['gateway'], required: ['gateway'] }",
    reason: 'The required list of API Gateway: its only allowed placeholder is <gateway>, so a mask with placeholders and none invalid always has it; the required check can never fire.',
  },
];
