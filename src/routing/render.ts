/** Renders an explanation as text (for people) or JSON (for machines). */
import type { Explanation, FrontendExplanation } from './explain.js';
import { describeApp } from './target.js';

const HOW = { exact: 'exact host', wildcard: 'wildcard host', any: 'any host' } as const;

function step(e: Explanation): string[] {
  const out: string[] = [];
  const row = (label: string, value: string): number => out.push(`  ${label.padEnd(17)}${value}`);
  row('URL map', e.urlMap);
  if (e.hostRule) {
    row('host rule', `hostRules[${e.hostRule.index}] ${e.hostRule.hosts.join(', ')} (matched "${e.hostRule.pattern}": ${HOW[e.hostRule.how]})`);
    row('path matcher', e.pathMatcher ?? '-');
    if (e.pathRule) row('path rule', `pathRules[${e.pathRule.index}] ${e.pathRule.paths.join(', ')} (matched "${e.pathRule.path}": ${e.pathRule.how === 'exact' ? 'exact path' : 'longest prefix'})`);
    else row('path rule', "none matched: the path matcher's default");
  } else {
    row('host rule', "none matched: the URL map's default");
  }
  const o = e.outcome;
  if (o.type === 'redirect') row('redirect', `${o.status} to ${o.location}`);
  else if (o.type === 'unsupported') row('outcome', o.reason);
  else if (e.backendService) {
    const bs = e.backendService;
    row('backend service', `${bs.name}${bs.backend ? ` (backend ${bs.backend})` : ''}${bs.found ? '' : ' (not found)'}`);
    if (bs.found && e.regions.length === 0) row('', 'no backends');
    for (const r of e.regions) {
      const what = r.app ? describeApp(r.app) : (r.problem ?? 'unknown');
      row(r.region, `NEG ${r.neg} -> ${what}${r.app && r.urlMask ? ` (URL mask ${r.urlMask})` : ''}`);
    }
  }
  return out;
}

/** The text form: the URL, then per URL map the rules that matched and where the request goes. */
export function renderExplainText(x: FrontendExplanation): string {
  const out = [x.url];
  x.steps.forEach((s, i) => {
    if (i > 0) out.push(`then ${s.url}`);
    out.push(...step(s));
  });
  for (const n of x.notes) out.push(`note: ${n}`);
  return out.join('\n') + '\n';
}

export function renderExplainJson(x: FrontendExplanation): string {
  return JSON.stringify(x, null, 2) + '\n';
}
