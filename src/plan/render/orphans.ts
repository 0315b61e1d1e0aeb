/**
 * Orphaned resources (src/plan/orphans.ts) for a terminal and for a pull request: one line per load
 * balancer with how many resources it still owns and the command that removes them, then their
 * addresses. Text from GCP (names, projects) is escaped in Markdown as everywhere else.
 */
import type { Orphans } from '../orphans.js';
import { mdCode } from './common.js';

/** Addresses listed per load balancer in the terminal; the rest are counted. */
const LISTED = 30;

const them = (o: Orphans): string => (o.resources.length === 1 ? 'it' : 'them');
const resources = (n: number): string => `${n} resource${n === 1 ? '' : 's'}`;

const WHY = 'No manifest in this run declares these load balancers (a renamed metadata.name, a deleted manifest, or one not passed to this run). Plans never change their resources: they keep serving, and costing, until destroyed.';

/** The terminal's lines: empty when there is nothing orphaned. */
export function orphansText(orphans: readonly Orphans[]): string {
  if (orphans.length === 0) return '';
  const lines: string[] = [];
  for (const o of orphans) {
    if (o.kept) {
      for (const k of o.kept) lines.push(`Kept address ${k.address} (${k.ip}) of ${o.name} in project ${o.project}: adopt it in a manifest (metadata.adopt), or \`${o.destroy}\` releases its IP`);
      continue;
    }
    lines.push(`Orphaned: ${resources(o.resources.length)} of ${o.name} in project ${o.project} — destroy ${them(o)} with \`${o.destroy}\``);
    for (const a of o.resources.slice(0, LISTED)) lines.push(`  ${a}`);
    if (o.resources.length > LISTED) lines.push(`  … ${o.resources.length - LISTED} more`);
    for (const b of o.leftBehind ?? []) lines.push(`  left behind (lb-plan does not own it; only these use it): ${b.address} — delete it with \`${b.delete}\``);
  }
  lines.push(WHY);
  return lines.join('\n') + '\n';
}

/**
 * The Markdown section, within `budget` characters: each load balancer's line with its resources
 * folded; when that is too long, the lines alone; then as many lines as fit and how many more.
 */
export function orphansMarkdown(orphans: readonly Orphans[], budget = Number.POSITIVE_INFINITY): string {
  if (orphans.length === 0) return '';
  const head = ['#### ⚠️ Orphaned resources', '', WHY, ''];
  const keptLine = (o: Orphans): string => o.kept!.map((k) => `- **kept address ${mdCode(k.address)}** (${mdCode(k.ip)}) of ${mdCode(o.name)} in ${mdCode(o.project)}: adopt it in a manifest (metadata.adopt), or ${mdCode(o.destroy)} releases its IP`).join('\n');
  const line = (o: Orphans): string => o.kept ? keptLine(o) : `- **${resources(o.resources.length)} of ${mdCode(o.name)}** in ${mdCode(o.project)} — destroy ${them(o)} with ${mdCode(o.destroy)}`;
  const behind = (o: Orphans): string => (o.leftBehind ?? []).map((b) => `\n  - left behind (lb-plan does not own it; only these use it): ${mdCode(b.address)} — delete it with ${mdCode(b.delete)}`).join('');
  const folded = (o: Orphans): string => o.kept ? keptLine(o) : `${line(o)}${behind(o)}\n  <details><summary>${resources(o.resources.length)}</summary>\n\n${o.resources.map((a) => `  - ${mdCode(a)}`).join('\n')}\n\n  </details>`;
  const assemble = (items: readonly string[], more: number): string => [...head, ...items, ...(more ? [`- … and ${more} more load balancer${more === 1 ? '' : 's'} (run \`lb-plan plan\` with every manifest to see them all)`] : [])].join('\n') + '\n';
  const full = assemble(orphans.map(folded), 0);
  if (full.length <= budget) return full;
  let n = orphans.length;
  let out = assemble(orphans.map(line), 0);
  while (out.length > budget && n > 0) out = assemble(orphans.slice(0, --n).map(line), orphans.length - n);
  return out;
}
