/**
 * The plan for a pull request: the summary line first, a warning block for anything destructive,
 * then the changes by load-balancer part in the manifest's words (what a created resource will be,
 * in full; what an update changes; what drifted), each with GCP's field diff folded in `<details>`;
 * the order of the steps (folded), a Mermaid topology with changes marked, the DNS records when they
 * matter, and certificate status.
 *
 * It fits a character budget (the Action's share of GitHub's 65,536-character comment) by leaving
 * out whole blocks, least needed first — field diffs, the diagram, the order, a resource's lines,
 * then resources — and says what it left out. A value is never cut mid-way.
 */
import { toMermaid, type Topology } from '../../graph/topology.js';
import type { Plan, ResourceChange } from '../types.js';
import { byPart, changeLine, counted, DRIFT_HEADING, fenceLine, htmlText, mdCode, mdText, PART_TITLE, summaryLine, waveLines } from './common.js';

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

/**
 * A piece of the page and how readily it is left out to fit: 0 never; otherwise the highest level
 * goes first, from the end of the page. `what` counts it in the note ("field diffs of 3 resources").
 */
interface Block {
  readonly text: string;
  readonly level: 0 | 1 | 2 | 3 | 4 | 5;
  readonly what?: 'fields' | 'diagram' | 'order' | 'lines' | 'resources' | 'warnings' | 'dns' | 'certificates';
}

function fieldsBlock(r: ResourceChange): string {
  const lines = r.changes.map((f) => fenceLine(changeLine(f).replace(/^~ /, '! ')));
  const label = r.action === 'create' ? 'Compute fields' : 'Compute field diff (live → manifest)';
  return `<details><summary>${label} of <code>${htmlText(r.address)}</code></summary>\n\n\`\`\`diff\n${lines.join('\n')}\n\`\`\`\n\n</details>\n`;
}

/**
 * A line as a list item's text: every character Markdown reads is an entity (`*.example.com` and
 * `/api/*` stay literal, never emphasis), and a leading `+`/`-` is the line's sign, not a nested list.
 */
function item(line: string): string {
  return htmlText(line).replace(/^([+-]) /, '\\$1 ');
}

/** A change's heading and its lines in the manifest's words (as separate blocks: the lines can be left out alone). */
function changeBlocks(r: ResourceChange): Block[] {
  const review = r.review;
  // How a replacement is done says more than why (the field diff says which fields force it).
  const why = review?.how ? ` — ${mdText(review.how)}` : r.action === 'create' || r.action === 'delete' ? '' : ` — ${mdText(r.reason)}`;
  const head = `**${EMOJI[r.action] ?? r.action}** ${mdText(review?.subject ?? r.address)} · ${mdCode(r.address)}${r.downtime ? ' · **downtime**' : ''}${why}\n`;
  const out: Block[] = [{ text: head, level: 2, what: 'resources' }];
  const body: string[] = (review?.lines ?? []).map((l) => `- ${item(l)}`);
  if (review?.drift.length) body.push(`- ⚠️ **${mdText(DRIFT_HEADING)}**`, ...review.drift.map((l) => `  - ${item(l)}`));
  if (body.length) {
    const list = body.join('\n');
    // Long descriptions are folded, never shortened.
    const folded = body.length > 8 || list.length > 1_200;
    out.push({ text: folded ? `<details><summary>${counted(body.length, 'line')}</summary>\n\n${list}\n\n</details>\n` : `${list}\n`, level: 3, what: 'lines' });
  }
  if (r.action !== 'delete' && r.changes.length) out.push({ text: fieldsBlock(r), level: 5, what: 'fields' });
  return out;
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

function orderBlock(plan: Plan): string {
  const waves = waveLines(plan);
  const items = waves.map((w, i) => `${i + 1}. ${w.map((s) => mdText(s)).join('<br>')}`);
  return `<details><summary>Order: ${counted(plan.steps.length, 'step')} in ${counted(waves.length, 'wave')} (the steps of one wave run in parallel)</summary>\n\n${items.join('\n')}\n\n</details>\n`;
}

/** Every block of the page, in order. */
function blocks(plan: Plan, options: MarkdownOptions): Block[] {
  const out: Block[] = [];
  const text = (t: string, level: Block['level'] = 0): void => void out.push({ text: t, level });
  text(`${options.title ?? `### lb-plan: ${mdCode(plan.manifest.name)} in ${mdCode(plan.manifest.project)}`}\n\n**${summaryLine(plan)}**\n`);
  const destructive = plan.resources.filter((r) => !r.replacedBy && (r.action === 'delete' || r.action === 'replace' || r.downtime));
  if (plan.warnings.length || destructive.length) {
    text('> [!WARNING]');
    for (const r of destructive) out.push({ text: `> - **${r.action}** ${mdCode(r.address)}${r.downtime ? ' — **downtime**' : ''}: ${mdText(r.review?.how ?? r.reason)}`, level: 1, what: 'warnings' });
    for (const w of plan.warnings) out.push({ text: `> - ${mdText(w)}`, level: 1, what: 'warnings' });
    text('');
  }
  // Worth knowing, not a problem (why the Cloud Run services were not checked).
  if (plan.notes?.length) text(['> [!NOTE]', ...plan.notes.map((n) => `> - ${mdText(n)}`), ''].join('\n'));
  for (const g of byPart(plan)) {
    text(`#### ${PART_TITLE[g.part]}\n`);
    for (const r of g.changes) out.push(...changeBlocks(r));
  }
  if (plan.steps.length) out.push({ text: orderBlock(plan), level: 4, what: 'order' });
  if (options.topology && plan.resources.length) out.push({ text: `#### Topology\n\n${diagram(plan, options.topology)}\n`, level: 5, what: 'diagram' });
  if (plan.dnsWhy && plan.dns.length) {
    const rows = plan.dns.map((d) => `| ${mdCode(d.name)} | ${mdText(d.type)} | ${mdCode(d.value)} |`);
    out.push({ text: `#### DNS records to create\n\n${mdText(plan.dnsWhy)}.\n\n| Name | Type | Value |\n| --- | --- | --- |\n${rows.join('\n')}\n`, level: 1, what: 'dns' });
  }
  if (plan.certificates.length) {
    const rows = plan.certificates.map((c) => `| ${mdCode(c.name)} | ${mdText(c.domains.join(', '))} | ${mdText(c.status)} |`);
    out.push({ text: `#### Managed certificates\n\n| Certificate | Domains | Status |\n| --- | --- | --- |\n${rows.join('\n')}\n`, level: 1, what: 'certificates' });
  }
  text(`<sub>lb-plan ${plan.lbPlanVersion} · ${counted(plan.steps.length, 'step')} · live state read in ${counted(plan.readRequests, 'request')} · manifest ${mdCode(plan.manifest.file)}</sub>`);
  return out;
}

const LEFT_OUT: Readonly<Record<NonNullable<Block['what']>, (n: number) => string>> = {
  fields: (n) => `the Compute field diffs of ${n} resource${n === 1 ? '' : 's'}`,
  diagram: () => 'the diagram',
  order: () => 'the order of the steps',
  lines: (n) => `the descriptions of ${n} resource${n === 1 ? '' : 's'}`,
  resources: (n) => `${n} resource${n === 1 ? '' : 's'} (their headings)`,
  warnings: (n) => `${n} warning line${n === 1 ? '' : 's'} (the log has them all)`,
  dns: () => 'the DNS records',
  certificates: () => 'the certificate status',
};

/** The note saying what was left out; room for it is kept while fitting. */
function note(budget: number, dropped: ReadonlyMap<NonNullable<Block['what']>, number>): string {
  const parts = [...dropped].map(([what, n]) => LEFT_OUT[what](n));
  return `\n> [!NOTE]\n> Parts of this plan were left out to fit ${budget.toLocaleString('en-US')} characters: ${parts.join('; ')}. \`lb-plan plan\` (with \`--verbose\`) shows all of it.\n`;
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const budget = options.budget ?? DEFAULT_MARKDOWN_BUDGET;
  const all = blocks(plan, options);
  const join = (bs: readonly Block[]): string => bs.map((b) => b.text).join('\n') + '\n';
  const full = join(all);
  if (full.length <= budget) return full;
  // Leave out whole blocks, least needed first and from the end, until the page and its note fit.
  const keep = all.map(() => true);
  const dropped = new Map<NonNullable<Block['what']>, number>();
  let length = full.length;
  const noteRoom = 400;
  for (let level = 5; level >= 1 && length + noteRoom > budget; level--) {
    for (let i = all.length - 1; i >= 0 && length + noteRoom > budget; i--) {
      const b = all[i]!;
      if (b.level !== level || !keep[i]) continue;
      keep[i] = false;
      length -= b.text.length + 1;
      if (b.what) dropped.set(b.what, (dropped.get(b.what) ?? 0) + 1);
    }
  }
  const shown = all.filter((_, i) => keep[i]);
  return join(shown) + note(budget, dropped);
}
