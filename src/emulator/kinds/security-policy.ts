import { baseFields, checkLabels, fingerprintOf, labelFingerprintOf } from '../context.js';
import { errors } from '../errors.js';
import type { Json } from '../store.js';
import type { KindSpec } from './types.js';

export const DEFAULT_PRIORITY = 2147483647;
const INTERVALS = [10, 30, 60, 120, 180, 240, 300, 600, 900, 1200, 1800, 2700, 3600];
const EVERYONE = { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } };

/** GCP: "If no rules are provided when creating a security policy, a default rule with action "allow" will be added." */
export function defaultRule(): Json {
  return { kind: 'compute#securityPolicyRule', description: 'Default rule, higher priority overrides it', priority: DEFAULT_PRIORITY, action: 'allow', preview: false, match: EVERYONE };
}

export function checkRule(rule: Json, field: string): Json {
  // int32 fields given as decimal strings arrive here as numbers: the emulator reads every request as GCP does (asGcpReadsIt, ../emulator.ts).
  const priority = rule.priority;
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > DEFAULT_PRIORITY) throw errors.invalidField(`${field}.priority`, priority ?? '', `Priority must be an integer from 0 to ${DEFAULT_PRIORITY}.`);
  const action = rule.action;
  if (typeof action !== 'string' || !/^(allow|deny\((403|404|429|502)\)|throttle|rate_based_ban|redirect)$/.test(action)) throw errors.invalidField(`${field}.action`, action ?? '', 'Action must be one of allow, deny(STATUS), throttle, rate_based_ban or redirect.');
  const match = rule.match as Json | undefined;
  if (!match || (match.expr === undefined && match.config === undefined)) throw errors.required(`${field}.match`);
  if (match.config !== undefined && match.versionedExpr !== 'SRC_IPS_V1') throw errors.invalidField(`${field}.match.versionedExpr`, match.versionedExpr ?? '', 'versionedExpr SRC_IPS_V1 is required with config.');
  const checked: Json = { kind: 'compute#securityPolicyRule', preview: false, ...rule };
  if (action === 'throttle' || action === 'rate_based_ban') checked.rateLimitOptions = checkRateLimit(rule.rateLimitOptions as Json | undefined, field);
  else if (rule.rateLimitOptions !== undefined) {
    throw errors.invalidField(`${field}.rateLimitOptions`, '', 'Rate limit options are only allowed with action throttle or rate_based_ban.');
  }
  return checked;
}

/** The rate limit of a throttle or rate_based_ban rule (contract SecurityPolicyRuleRateLimitOptions). */
function checkRateLimit(rl: Json | undefined, field: string): Json {
  if (!rl) throw errors.required(`${field}.rateLimitOptions`);
  const t = rl.rateLimitThreshold as Json | undefined;
  const count = t?.count;
  if (!t || typeof count !== 'number' || count < 1 || count > 10000) throw errors.invalidField(`${field}.rateLimitOptions.rateLimitThreshold.count`, count ?? '', 'Count must be from 1 to 10000.');
  const intervalSec = t.intervalSec;
  if (!INTERVALS.includes(intervalSec as number)) throw errors.invalidField(`${field}.rateLimitOptions.rateLimitThreshold.intervalSec`, intervalSec ?? '', `Interval must be one of ${INTERVALS.join(', ')} seconds.`);
  if (rl.conformAction !== 'allow') throw errors.invalidField(`${field}.rateLimitOptions.conformAction`, rl.conformAction ?? '', 'Conform action must be allow.');
  if (typeof rl.exceedAction !== 'string' || !/^(deny\((403|404|429|502)\)|redirect)$/.test(rl.exceedAction)) throw errors.invalidField(`${field}.rateLimitOptions.exceedAction`, rl.exceedAction ?? '', 'Exceed action must be deny(STATUS) or redirect.');
  return rl;
}

export function checkRules(rules: Json[]): Json[] {
  const out = rules.map((r, i) => checkRule(r, `resource.rules[${i}]`));
  const seen = new Set<number>();
  for (const [i, r] of out.entries()) {
    if (seen.has(r.priority as number)) throw errors.invalidField(`resource.rules[${i}].priority`, r.priority, 'Two rules cannot have the same priority.');
    seen.add(r.priority as number);
  }
  if (!seen.has(DEFAULT_PRIORITY)) out.push(defaultRule());
  return out.sort((a, b) => (a.priority as number) - (b.priority as number));
}

export const securityPolicies: KindSpec = {
  collection: 'securityPolicies',
  schema: 'SecurityPolicy',
  kindName: 'compute#securityPolicy',
  regional: false,
  word: 'security_policy',
  fingerprint: 'required',
  labels: true,
  references: () => [],
  create(ctx, ref, body) {
    const type = (body.type as string | undefined) ?? 'CLOUD_ARMOR';
    if (type !== 'CLOUD_ARMOR') throw errors.invalidField('resource.type', type, 'The lb-plan emulator models CLOUD_ARMOR backend security policies only.');
    checkLabels(body.labels);
    const out: Json = {
      ...baseFields(ctx, ref, this.kindName),
      ...body,
      type,
      rules: checkRules((body.rules as Json[] | undefined) ?? []),
      labelFingerprint: labelFingerprintOf(body.labels),
    };
    return { ...out, fingerprint: fingerprintOf(out) };
  },
  change(_ctx, _ref, _prev, next) {
    checkLabels(next.labels);
    const out: Json = { ...next, rules: checkRules((next.rules as Json[] | undefined) ?? []), labelFingerprint: labelFingerprintOf(next.labels) };
    return { ...out, fingerprint: fingerprintOf(out) };
  },
};
