/**
 * The plan for a terminal: the summary line first, then the changes by load-balancer part
 * (frontend, certificates, backends, routing) in the manifest's words — what a created resource will
 * be, what an update changes, what drifted and will be restored — with GCP's field diff beneath
 * under `--verbose`; then the order of the steps (a wave per number), warnings, and the DNS records
 * when they matter. Prints the plan's data; decides nothing. Colour only when asked.
 */
import type { Plan, ResourceChange } from '../types.js';
import { byPart, changeLine, counted, DRIFT_HEADING, PART_TITLE, summaryLine, SYMBOL, waveLines } from './common.js';

const COLORS = { green: 32, yellow: 33, red: 31, cyan: 36, bold: 1, dim: 2 } as const;

export interface TextOptions {
  readonly color: boolean;
  /** GCP's field diff beneath each change (and a created resource's fields). */
  readonly verbose?: boolean;
}

export function renderText(plan: Plan, options: TextOptions): string {
  const c = (name: keyof typeof COLORS, s: string): string => (options.color ? `\u001b[${COLORS[name]}m${s}\u001b[0m` : s);
  const tone = { create: 'green', update: 'yellow', adopt: 'yellow', replace: 'red', delete: 'red', 'no-op': 'dim' } as const;
  const lines: string[] = [];
  lines.push(c('bold', `lb-plan: ${plan.manifest.name} in project ${plan.manifest.project}`) + c('dim', ` (live state read in ${counted(plan.readRequests, 'request')})`), '');
  lines.push(c('bold', summaryLine(plan)), '');

  const change = (r: ResourceChange): void => {
    const review = r.review;
    // How a replacement is done says more than why (the field diff says which fields force it).
    const why = review?.how ? `: ${review.how}` : r.action === 'create' ? '' : `: ${r.reason}`;
    lines.push(`  ${c(tone[r.action], SYMBOL[r.action].padStart(3))} ${c('bold', review?.subject ?? r.address)} ${c('dim', `${r.address} — ${r.action}${why}`)}`);
    for (const l of review?.lines ?? []) lines.push(`        ${l}`);
    if (review?.drift.length) {
      lines.push(`        ${c('yellow', DRIFT_HEADING)}`);
      for (const l of review.drift) lines.push(`          ${l}`);
    }
    const fields = r.action === 'delete' ? [] : r.changes;
    if (options.verbose && fields.length) {
      lines.push(c('dim', `        Compute fields${r.action === 'create' ? '' : ' (live → manifest)'}:`));
      for (const f of fields) lines.push(`          ${changeLine(f)}`);
    }
  };

  const groups = byPart(plan);
  for (const g of groups) {
    lines.push(c('bold', PART_TITLE[g.part]));
    g.changes.forEach(change);
    lines.push('');
  }
  if (groups.length && !options.verbose && plan.resources.some((r) => r.action !== 'delete' && r.changes.length)) lines.push(c('dim', 'GCP field changes: run with --verbose.'), '');

  const waves = waveLines(plan);
  if (waves.length) {
    lines.push('Order (the steps under one number run in parallel):');
    waves.forEach((w, i) => w.forEach((s, j) => lines.push(`  ${j === 0 ? `${String(i + 1).padStart(2)}.` : '   '} ${s}`)));
    lines.push('');
  }
  for (const w of plan.warnings) lines.push(c('yellow', `Warning: ${w}`));
  for (const n of plan.notes ?? []) lines.push(`Note: ${n}`);
  if (plan.warnings.length || plan.notes?.length) lines.push('');
  if (plan.dnsWhy && plan.dns.length) {
    lines.push(`DNS records to create (${plan.dnsWhy}):`);
    for (const d of plan.dns) lines.push(`  ${d.name.padEnd(30)} ${d.type.padEnd(4)} ${d.value}`);
    lines.push('');
  }
  for (const cert of plan.certificates) lines.push(`Certificate ${cert.name} (${cert.domains.join(', ')}): ${cert.status}`);
  if (plan.certificates.length) lines.push('');
  if (groups.length) lines.push(c('bold', summaryLine(plan)));
  return lines.join('\n').trimEnd() + '\n';
}
