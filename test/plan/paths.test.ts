/** routing.paths (issue 16, item 9): path rules for every host, without inventing a host. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile/index.js';
import { harness } from '../helpers/emulator.js';
import { lines, load } from '../helpers/manifest.js';
import { cli } from '../helpers/cli.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const LB = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: my-project }
frontend:
  address: { reserve: shop-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
  api:
    serverless: [ { region: us-central1, cloudRun: { service: api } } ]
routing:
  default: web
  paths:
    - { paths: ['/api/*'], backend: api }
tests:
  - { url: https://anything.example.com/api/orders, backend: api }
  - { url: https://anything.example.com/, backend: web }
`;

describe('routing.paths', () => {
  it('compiles to one path matcher for every host, validates its tests, applies and converges; explain names it', async () => {
    const loaded = load(LB);
    expect(lines(loaded)).toEqual([]);
    const map = compile(loaded.manifest!).resources.find((r) => r.kind === 'urlMap')!.body;
    expect(map.hostRules).toEqual([{ hosts: ['*'], pathMatcher: 'any' }]);
    expect(map.pathMatchers).toEqual([{ name: 'any', defaultService: expect.stringMatching(/backendServices\/shop-web$/), pathRules: [{ paths: ['/api/*'], service: expect.stringMatching(/backendServices\/shop-api$/) }] }]);
    const h = await harness();
    const ws = workspace();
    const file = ws.write(LB);
    await apply(h, await plan(h, file), ws.dir);
    expect((await plan(h, file)).steps).toEqual([]);
    const r = await cli('explain', 'https://x.example.com/api/orders', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('shop-api');
  });

  it('paths beside a "*" host rule is an error; a wrong path or backend is an error at its place', () => {
    const both = LB.replace('routing:\n  default: web\n', 'routing:\n  default: web\n  hosts: [ { hosts: ["*"], backend: web } ]\n');
    expect(lines(load(both))).toContain('14:3: error: routing.paths are the path rules for every other host, and routing.hosts[0] already routes "*": move its paths here, or drop one of them (at routing.paths)');
    const bad = LB.replace("['/api/*'], backend: api", "['/a*b'], backend: apj");
    expect(lines(load(bad))).toEqual(expect.arrayContaining([expect.stringMatching(/^14:\d+: error: path "\/a\*b": "\*" is only allowed at the end/), expect.stringMatching(/^14:\d+: error: backend "apj" is not declared under backends \(did you mean "api"\?\) \(at routing\.paths\[0\]\.backend\)$/)]));
  });
});
