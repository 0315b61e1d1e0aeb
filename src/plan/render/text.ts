/** The plan for a terminal: Terraform-like + ~ - -/+ with field diffs; colour only when asked. */
import { Dag } from '../../graph/dag.js';
import type { Plan } from '../types.js';
import { changeLine, summaryLine, SYMBOL } from './common.js';

const COLORS = { green: 32, yellow: 33, red: 31, cyan: 36, bold: 1, dim: 2 } as const;

export function renderText(plan: Plan, options: { color: boolean }): string {
  const c = (name: keyof typeof COLORS, s: string): string => (options.color ? `\u001b[${COLORS[name]}m${s}\u001b[0m` : s);
  const tone = { create: 'green', update: 'yellow', adopt: 'yellow', replace: 'red', delete: 'red', 'no-op': 'dim' } as const;
  const lines: string[] = [];
  lines.push(c('bold', `lb-plan: ${plan.manifest.name} in project ${plan.manifest.project}`) + c('dim', ` (live state read in ${plan.readRequests} requests)`), '');
  if (plan.resources.length > 0) {
    lines.push('lb-plan will perform these actions:', '');
    for (const r of plan.resources) {
      lines.push(`  ${c(tone[r.action], SYMBOL[r.action].padStart(3))} ${c('bold', r.address)} ${c('dim', `— ${r.action}: ${r.reason}`)}`);
      const shown = r.action === 'create' || r.action === 'delete' ? [] : r.changes;
      for (const f of shown.slice(0, 30)) lines.push(`        ${changeLine(f)}`);
      if (shown.length > 30) lines.push(`        … ${shown.length - 30} more changes`);
    }
    lines.push('');
    lines.push('Steps, in order (steps on one line run in parallel):');
    const g = new Dag();
    for (const s of plan.steps) g.addNode(s.id);
    for (const e of plan.edges) g.addEdge(e.from, e.to);
    const byId = new Map(plan.steps.map((s) => [s.id, s]));
    g.waves().forEach((wave, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${wave.map((id) => `${byId.get(id)!.summary} ${byId.get(id)!.address}`).join('; ')}`));
    lines.push('');
  }
  for (const w of plan.warnings) lines.push(c('yellow', `Warning: ${w}`));
  for (const n of plan.notes ?? []) lines.push(`Note: ${n}`);
  if (plan.warnings.length || plan.notes?.length) lines.push('');
  if (plan.dns.length) {
    lines.push('DNS records to create for the managed certificates:');
    for (const d of plan.dns) lines.push(`  ${d.name.padEnd(30)} ${d.type.padEnd(4)} ${d.value}`);
    lines.push('');
  }
  for (const cert of plan.certificates) lines.push(`Certificate ${cert.name} (${cert.domains.join(', ')}): ${cert.status}`);
  if (plan.certificates.length) lines.push('');
  lines.push(c('bold', summaryLine(plan)));
  return lines.join('\n') + '\n';
}
