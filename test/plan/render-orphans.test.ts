/**
 * Orphaned resources as a terminal and a pull request read them (src/plan/render/orphans.ts): every
 * load balancer with its count and destroy command, kept addresses with their IPs, what is left
 * behind, and within a budget only whole lines. The expected pages are written out here.
 */
import { describe, expect, it } from 'vitest';
import type { Orphans } from '../../src/plan/orphans.js';
import { orphansMarkdown, orphansText } from '../../src/plan/render/orphans.js';

const WHY = 'No manifest in this run declares these load balancers (a renamed metadata.name, a deleted manifest, or one not passed to this run). Plans never change their resources: they keep serving, and costing, until destroyed.';

const OLD: Orphans = {
  project: 'p',
  name: 'old',
  resources: ['backendService/old-web', 'urlMap/old'],
  destroy: 'lb-plan destroy --name old --project p',
  leftBehind: [{ address: 'regionNetworkEndpointGroup/us-central1/old-neg', delete: 'gcloud compute network-endpoint-groups delete old-neg --region us-central1 --project p' }],
};
const KEPT: Orphans = { project: 'q', name: 'gone', resources: ['globalAddress/gone-ip'], destroy: 'lb-plan destroy --name gone --project q', kept: [{ address: 'globalAddress/gone-ip', ip: '203.0.113.9' }] };
const ONE: Orphans = { project: 'p', name: 'x', resources: ['urlMap/x'], destroy: 'lb-plan destroy --name x --project p' };

describe('orphansText', () => {
  it('each load balancer: count, resources, what is left behind; kept addresses with their IPs; then why', () => {
    expect(orphansText([OLD, KEPT, ONE])).toBe(
      [
        'Orphaned: 2 resources of old in project p — destroy them with `lb-plan destroy --name old --project p`',
        '  backendService/old-web',
        '  urlMap/old',
        '  left behind (lb-plan does not own it; only these use it): regionNetworkEndpointGroup/us-central1/old-neg — delete it with `gcloud compute network-endpoint-groups delete old-neg --region us-central1 --project p`',
        'Kept address globalAddress/gone-ip (203.0.113.9) of gone in project q: adopt it in a manifest (metadata.adopt), or `lb-plan destroy --name gone --project q` releases its IP',
        'Orphaned: 1 resource of x in project p — destroy it with `lb-plan destroy --name x --project p`',
        '  urlMap/x',
        WHY,
      ].join('\n') + '\n',
    );
  });

  it('lists 30 addresses and counts the rest', () => {
    const big: Orphans = { ...ONE, resources: Array.from({ length: 32 }, (_, i) => `urlMap/x-${String(i).padStart(2, '0')}`) };
    const lines = orphansText([big]).split('\n');
    expect(lines[0]).toBe('Orphaned: 32 resources of x in project p — destroy them with `lb-plan destroy --name x --project p`');
    expect(lines.slice(1, 31)).toEqual(Array.from({ length: 30 }, (_, i) => `  urlMap/x-${String(i).padStart(2, '0')}`));
    expect(lines.slice(31)).toEqual(['  … 2 more', WHY, '']);
    const thirty: Orphans = { ...ONE, resources: big.resources.slice(0, 30) };
    expect(orphansText([thirty])).not.toContain('more');
  });
});

describe('orphansMarkdown', () => {
  it('each load balancer with its resources folded, what is left behind and kept addresses', () => {
    expect(orphansMarkdown([OLD, KEPT])).toBe(
      [
        '#### ⚠️ Orphaned resources',
        '',
        WHY,
        '',
        '- **2 resources of `old`** in `p` — destroy them with `lb-plan destroy --name old --project p`',
        '  - left behind (lb-plan does not own it; only these use it): `regionNetworkEndpointGroup/us-central1/old-neg` — delete it with `gcloud compute network-endpoint-groups delete old-neg --region us-central1 --project p`',
        '  <details><summary>2 resources</summary>',
        '',
        '  - `backendService/old-web`',
        '  - `urlMap/old`',
        '',
        '  </details>',
        '- **kept address `globalAddress/gone-ip`** (`203.0.113.9`) of `gone` in `q`: adopt it in a manifest (metadata.adopt), or `lb-plan destroy --name gone --project q` releases its IP',
      ].join('\n') + '\n',
    );
  });

  it('over budget: the lines alone; then as many as fit and how many more, one or several', () => {
    const all = [OLD, KEPT, ONE];
    const lines = [
      '- **2 resources of `old`** in `p` — destroy them with `lb-plan destroy --name old --project p`',
      '- **kept address `globalAddress/gone-ip`** (`203.0.113.9`) of `gone` in `q`: adopt it in a manifest (metadata.adopt), or `lb-plan destroy --name gone --project q` releases its IP',
      '- **1 resource of `x`** in `p` — destroy it with `lb-plan destroy --name x --project p`',
    ];
    const head = `#### ⚠️ Orphaned resources\n\n${WHY}\n\n`;
    const unfolded = `${head}${lines.join('\n')}\n`;
    expect(orphansMarkdown(all, unfolded.length)).toBe(unfolded);
    const more = (n: number): string => `- … and ${n} more load balancer${n === 1 ? '' : 's'} (run \`lb-plan plan\` with every manifest to see them all)`;
    const two = `${head}${lines.slice(0, 2).join('\n')}\n${more(1)}\n`;
    expect(orphansMarkdown(all, unfolded.length - 1)).toBe(two);
    expect(orphansMarkdown(all, two.length - 1)).toBe(`${head}${lines[0]}\n${more(2)}\n`);
    expect(orphansMarkdown(all, 10)).toBe(`${head}${more(3)}\n`);
  });
});

describe('orphans: the cases the first mutation run showed untested', () => {
  it('nothing orphaned prints nothing, in either rendering', () => {
    expect(orphansText([])).toBe('');
    expect(orphansMarkdown([])).toBe('');
    expect(orphansMarkdown([], 0)).toBe('');
  });

  it('several kept addresses and several left behind: one line each', () => {
    const kept: Orphans = { ...KEPT, kept: [{ address: 'globalAddress/a', ip: '203.0.113.1' }, { address: 'globalAddress/b', ip: '2001:db8::1' }] };
    const behind: Orphans = { ...ONE, leftBehind: [{ address: 'sslCertificate/c1', delete: 'gcloud d c1' }, { address: 'sslCertificate/c2', delete: 'gcloud d c2' }] };
    expect(orphansMarkdown([kept, behind])).toBe(
      [
        '#### ⚠️ Orphaned resources',
        '',
        WHY,
        '',
        '- **kept address `globalAddress/a`** (`203.0.113.1`) of `gone` in `q`: adopt it in a manifest (metadata.adopt), or `lb-plan destroy --name gone --project q` releases its IP',
        '- **kept address `globalAddress/b`** (`2001:db8::1`) of `gone` in `q`: adopt it in a manifest (metadata.adopt), or `lb-plan destroy --name gone --project q` releases its IP',
        '- **1 resource of `x`** in `p` — destroy it with `lb-plan destroy --name x --project p`',
        '  - left behind (lb-plan does not own it; only these use it): `sslCertificate/c1` — delete it with `gcloud d c1`',
        '  - left behind (lb-plan does not own it; only these use it): `sslCertificate/c2` — delete it with `gcloud d c2`',
        '  <details><summary>1 resource</summary>',
        '',
        '  - `urlMap/x`',
        '',
        '  </details>',
      ].join('\n') + '\n',
    );
  });

  it('a budget of exactly the full section keeps it whole', () => {
    const full = orphansMarkdown([OLD, KEPT, ONE]);
    expect(orphansMarkdown([OLD, KEPT, ONE], full.length)).toBe(full);
  });
});
