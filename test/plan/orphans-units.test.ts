/**
 * Leftovers (src/plan/orphans.ts) on live states written by hand the way GCP answers them: which load
 * balancers no manifest declares, what each still owns, the reserved addresses `destroy --keep` left,
 * and the unmarked NEGs and certificates their deletion would leave behind. Expected results are written
 * out here from the ownership markers and labels of the bodies, not computed by the code.
 */
import { describe, expect, it } from 'vitest';
import type { LiveResource, LiveState } from '../../src/gcp/read.js';
import { destroyByNameCommand, findOrphans, gcloudDelete, leftBehindBy, orphansNotLookedFor } from '../../src/plan/orphans.js';
import { liveResource, liveState } from '../helpers/live.js';

const C = 'https://www.googleapis.com/compute/v1/projects';

const res = liveResource;
const state = (project: string, ...resources: LiveResource[]): LiveState => liveState(resources, { project });
const marker = (lb: string) => `[managed by lb-plan: ${lb}]`;
const labels = (lb: string) => ({ 'managed-by': 'lb-plan', 'lb-plan-lb': lb });

describe('the sentences and commands', () => {
  it('why no orphans were looked for, one manifest or several', () => {
    expect(orphansNotLookedFor(1)).toBe('Orphaned resources were not looked for: 1 manifest could not be planned, so its load balancer could not be told from leftovers.');
    expect(orphansNotLookedFor(2)).toBe('Orphaned resources were not looked for: 2 manifests could not be planned, so their load balancers could not be told from leftovers.');
  });

  it('destroy by name, and gcloud for a NEG (with its region) or a certificate', () => {
    expect(destroyByNameCommand('old', 'p')).toBe('lb-plan destroy --name old --project p');
    expect(gcloudDelete(res('regionNetworkEndpointGroup', 'n', {}, 'europe-west1'), 'p')).toBe('gcloud compute network-endpoint-groups delete n --region=europe-west1 --project=p');
    expect(gcloudDelete(res('sslCertificate', 'c', {}), 'p')).toBe('gcloud compute ssl-certificates delete c --global --project=p');
  });
});

describe('leftBehindBy: unmarked NEGs and certificates only what goes uses', () => {
  const neg = res('regionNetworkEndpointGroup', 'n', { description: '' }, 'us-central1');
  const cert = res('sslCertificate', 'c', {});
  const be = (name: string, owner = 'old') => res('backendService', name, { description: marker(owner), backends: [{ group: `${C}/p/regions/us-central1/networkEndpointGroups/n` }] });
  const proxy = res('targetHttpsProxy', 'px', { description: marker('old'), sslCertificates: [`${C}/p/global/sslCertificates/c`] });

  it('used only by what goes: left behind, sorted, each with its delete command', () => {
    // Read certificate first: the result is sorted by address all the same.
    const s = state('p', cert, proxy, be('a'), neg);
    expect(leftBehindBy(new Set(['backendService/a', 'targetHttpsProxy/px']), s)).toEqual([
      { address: 'regionNetworkEndpointGroup/us-central1/n', delete: 'gcloud compute network-endpoint-groups delete n --region=us-central1 --project=p' },
      { address: 'sslCertificate/c', delete: 'gcloud compute ssl-certificates delete c --global --project=p' },
    ]);
  });

  it('also used by what stays, used by nothing, going itself, marked, or another kind: not left behind', () => {
    expect(leftBehindBy(new Set(['backendService/a']), state('p', neg, be('a'), be('b')))).toEqual([]);
    expect(leftBehindBy(new Set(['backendService/a']), state('p', neg))).toEqual([]);
    expect(leftBehindBy(new Set(['backendService/a', neg.address]), state('p', neg, be('a')))).toEqual([]);
    const markedNeg = res('regionNetworkEndpointGroup', 'n', { description: marker('old') }, 'us-central1');
    expect(leftBehindBy(new Set(['backendService/a']), state('p', markedNeg, be('a')))).toEqual([]);
    const policy = res('securityPolicy', 'armor', { description: '' });
    const user = res('backendService', 'a', { description: marker('old'), securityPolicy: `${C}/p/global/securityPolicies/armor` });
    expect(leftBehindBy(new Set(['backendService/a']), state('p', policy, user))).toEqual([]);
  });
});

describe('findOrphans: what undeclared load balancers still own', () => {
  const shop = [
    res('urlMap', 'shop', { description: marker('shop') }),
    res('backendService', 'shop-web', { description: marker('shop') }),
  ];
  const old = [
    res('urlMap', 'old', { description: marker('old') }),
    res('backendService', 'old-web', { description: marker('old'), backends: [{ group: `${C}/p/regions/us-central1/networkEndpointGroups/hand` }] }),
    // A forwarding rule's description cannot change: its labels say who owns it.
    res('globalForwardingRule', 'old-http', { description: '', labels: labels('old'), IPAddress: '34.1.2.3' }),
    res('regionNetworkEndpointGroup', 'hand', { description: '' }, 'us-central1'),
  ];

  it('a declared load balancer is no orphan; an undeclared one is, with its resources sorted and the command', () => {
    expect(findOrphans([state('p', ...shop, ...old)], [{ project: 'p', name: 'shop' }])).toEqual([
      {
        project: 'p',
        name: 'old',
        resources: ['backendService/old-web', 'globalForwardingRule/old-http', 'urlMap/old'],
        destroy: 'lb-plan destroy --name old --project p',
        leftBehind: [{ address: 'regionNetworkEndpointGroup/us-central1/hand', delete: 'gcloud compute network-endpoint-groups delete hand --region=us-central1 --project=p' }],
      },
    ]);
  });

  it('nothing unowned or hand-made is an orphan; nothing declared everywhere, nothing found', () => {
    const hand = res('urlMap', 'hand', { description: 'made by hand [managed by lb-plan: 9bad]' });
    expect(findOrphans([state('p', ...shop, hand)], [{ project: 'p', name: 'shop' }])).toEqual([]);
    expect(findOrphans([state('p', ...shop, ...old)], [{ project: 'p', name: 'shop' }, { project: 'p', name: 'old' }])).toEqual([]);
  });

  it('a name is declared per project: the same name in another project is an orphan there; sorted by project then name', () => {
    const states = [state('q', ...shop, res('urlMap', 'b', { description: marker('b') })), state('p', ...shop)];
    expect(findOrphans(states, [{ project: 'p', name: 'shop' }]).map((o) => [o.project, o.name, o.destroy])).toEqual([
      ['q', 'b', 'lb-plan destroy --name b --project q'],
      ['q', 'shop', 'lb-plan destroy --name shop --project q'],
    ]);
  });

  it('a project read twice (two manifests) is looked at once', () => {
    const s = state('p', ...old);
    expect(findOrphans([s, state('p')], []).map((o) => o.resources)).toEqual([['backendService/old-web', 'globalForwardingRule/old-http', 'urlMap/old']]);
    expect(findOrphans([state('p'), s], [])).toEqual([]);
  });

  it('only reserved addresses left (what destroy --keep leaves): kept, each with the IP it holds', () => {
    const ip = (name: string, body: Record<string, unknown>) => res('globalAddress', name, { description: marker('old'), ...body });
    const [o] = findOrphans([state('p', ip('b-ip', { address: '34.1.2.3' }), ip('a-ip', {}))], []);
    expect(o).toEqual({
      project: 'p',
      name: 'old',
      resources: ['globalAddress/a-ip', 'globalAddress/b-ip'],
      destroy: 'lb-plan destroy --name old --project p',
      kept: [
        { address: 'globalAddress/a-ip', ip: 'no IP' },
        { address: 'globalAddress/b-ip', ip: '34.1.2.3' },
      ],
    });
    // With anything else beside them, nothing is "kept": the load balancer is simply left over.
    const [mixed] = findOrphans([state('p', ip('a-ip', { address: '34.1.2.3' }), ...old)], []);
    expect(mixed!.kept).toBeUndefined();
    expect(mixed!.resources).toContain('globalAddress/a-ip');
  });
});
