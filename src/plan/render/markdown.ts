/**
 * The plan for a pull request: a summary table first, a warning block for anything destructive,
 * `<details>` per resource, a Mermaid topology with changes marked, DNS records and certificate
 * status. It fits a character budget by folding detail first, and says so when it does.
 */
import { toMermaid, type Topology } from '../../graph/topology.js';
import type { Plan, ResourceChange } from '../types.js';
import { changeLine, fenceLine, htmlText, mdCode, mdText, summaryLine, SYMBOL } from './common.js';

export const DEFAULT_MARKDOWN_BUDGET = 60_000;

export interface MarkdownOptions {
  /** The desired topology, for the diagram (from `topology(compiled)`). */
  readonly topology?: Topology;
  readonly budget?: number;
  /** A heading line to start with (the Action adds the manifest path). */
  readonly title?: string;
}

const EMOJI: Record<string, string> = { create: '🟢 create', update: '🟡 update', adopt: '🟡 adopt', replace: '🔴 replace', delete: '🔴 delete' };

/*
 * Everything that comes from the manifest or from GCP is escaped where it lands: mdText in text,
 * mdCode for code spans, htmlText inside HTML elements, fenceLine inside fences. The renderer itself
 * never writes an HTML comment: the Action's hidden markers are its own.
 */

function details(r: ResourceChange): string {
  const lines = r.changes.map(changeLine);
  const body = lines.length ? ['```diff', ...lines.map((l) => fenceLine(l.startsWith('~') ? `! ${l.slice(2)}` : l)), '```'].join('\n') : '_no field changes_';
  return `<details><summary><code>${SYMBOL[r.action].trim()} ${htmlText(r.address)}</code> — ${htmlText(r.reason)}</summary>\n\n${body}\n\n</details>`;
}

function diagram(plan: Plan, t: Topology): string {
  // Mermaid writes `<` as `#lt;`: no label can spell an HTML comment in the page's source.
  const base = toMermaid(t).trimEnd().split('\n').map((l) => l.replace(/<!/g, '#lt;!'));
  const ids = new Map(t.nodes.map((n, i) => [n.id, `n${i}`]));
  const cls: Record<string, string[]> = { add: [], change: [], replace: [], remove: [] };
  for (const r of plan.resources) {
    const id = ids.get(r.address);
    const key = r.action === 'create' ? 'add' : r.action === 'replace' ? 'replace' : r.action === 'delete' ? 'remove' : 'change';
    if (id) cls[key]!.push(id);
  }
  const removed = plan.resources.filter((r) => r.action === 'delete' && !ids.has(r.address));
  removed.forEach((r, i) => {
    base.push(`  d${i}["${r.kind}<br/>${r.name.replace(/[^\w.-]/g, '_')}<br/>(removed)"]`);
    cls.remove!.push(`d${i}`);
  });
  base.push('  classDef add fill:#e6ffed,stroke:#22863a', '  classDef change fill:#fffbdd,stroke:#b08800', '  classDef replace fill:#ffeef0,stroke:#cb2431,stroke-width:2px', '  classDef remove fill:#ffeef0,stroke:#cb2431,stroke-dasharray: 5 5');
  for (const [k, list] of Object.entries(cls)) if (list.length) base.push(`  class ${list.join(',')} ${k}`);
  return ['```mermaid', ...base, '```'].join('\n');
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const budget = options.budget ?? DEFAULT_MARKDOWN_BUDGET;
  const head: string[] = [];
  head.push(options.title ?? `### lb-plan: ${mdCode(plan.manifest.name)} in ${mdCode(plan.manifest.project)}`, '');
  head.push(`**${summaryLine(plan)}**`, '');
  const destructive = plan.resources.filter((r) => r.action === 'delete' || r.action === 'replace' || r.downtime);
  if (plan.warnings.length || destructive.length) {
    head.push('> [!WARNING]');
    for (const r of destructive) head.push(`> - **${r.action}** ${mdCode(r.address)}${r.downtime ? ' — **downtime**' : ''}: ${mdText(r.reason)}`);
    for (const w of plan.warnings) head.push(`> - ${mdText(w)}`);
    head.push('');
  }
  if (plan.notes?.length) head.push('> [!NOTE]', ...plan.notes.map((n) => `> - ${mdText(n)}`), '');
  const rows = plan.resources.map((r) => `| ${EMOJI[r.action] ?? r.action} | ${mdCode(r.address)} | ${mdText(r.reason)} |`);
  const table = rows.length ? ['| Action | Resource | Why |', '| --- | --- | --- |', ...rows, ''] : [];
  const tail: string[] = [];
  if (plan.dns.length) {
    tail.push('#### DNS records to create', '', '| Name | Type | Value |', '| --- | --- | --- |', ...plan.dns.map((d) => `| ${mdCode(d.name)} | ${mdText(d.type)} | ${mdCode(d.value)} |`), '');
  }
  if (plan.certificates.length) {
    tail.push('#### Managed certificates', '', '| Certificate | Domains | Status |', '| --- | --- | --- |', ...plan.certificates.map((c) => `| ${mdCode(c.name)} | ${mdText(c.domains.join(', '))} | ${mdText(c.status)} |`), '');
  }
  tail.push(`<sub>lb-plan ${plan.lbPlanVersion} · ${plan.steps.length} steps · live state read in ${plan.readRequests} requests · manifest ${mdCode(plan.manifest.file)}</sub>`);

  const detailBlocks = plan.resources.map(details);
  const topo = options.topology && plan.resources.length ? ['#### Topology', '', diagram(plan, options.topology), ''] : [];
  const assemble = (detailCount: number, withDiagram: boolean, rowCount: number, note?: string): string => {
    const shownRows = table.length ? [...table.slice(0, 2 + rowCount), ...(rowCount < rows.length ? [`| … | ${rows.length - rowCount} more | |`] : []), ''] : [];
    const parts = [...head, ...shownRows];
    if (detailCount > 0) parts.push('#### Changes', '', ...detailBlocks.slice(0, detailCount), '');
    if (withDiagram) parts.push(...topo);
    parts.push(...tail);
    if (note) parts.push('', `> [!NOTE]\n> ${note}`);
    return parts.join('\n') + '\n';
  };
  let out = assemble(detailBlocks.length, true, rows.length);
  if (out.length <= budget) return out;
  // Fold detail first, then the diagram, then the table.
  let n = detailBlocks.length;
  while (n > 0 && (out = assemble(n, true, rows.length, `Details of ${detailBlocks.length - n} of ${detailBlocks.length} changes were folded to fit ${budget.toLocaleString('en-US')} characters; run \`lb-plan plan\` for all of them.`)).length > budget) n = Math.max(0, n - Math.max(1, Math.ceil(n / 4)));
  if (out.length <= budget) return out;
  const noteAll = `The plan is too large for ${budget.toLocaleString('en-US')} characters: details and the diagram were left out; run \`lb-plan plan\` for all of it.`;
  out = assemble(0, false, rows.length, noteAll);
  let r = rows.length;
  while (out.length > budget && r > 0) {
    r = Math.max(0, r - Math.max(1, Math.ceil(r / 4)));
    out = assemble(0, false, r, noteAll);
  }
  return out;
}
