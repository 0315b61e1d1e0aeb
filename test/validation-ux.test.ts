/**
 * `validate` as people meet it (issue 16, item 8): every error at once — rule errors beside unknown
 * keys —, one indentation error at the line that is wrong, hints for keys in the wrong place or under
 * another tool's name, and at a terminal the line with a caret under the column.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { workspace } from './helpers/plan.js';

async function validate(text: string, isTTY = false): Promise<string> {
  const ws = workspace();
  const file = join(ws.dir, 'lb.yaml');
  writeFileSync(file, text);
  let stderr = '';
  await run(['validate', file], { stdout: () => {}, stderr: (t) => (stderr += t), env: {}, isTTY });
  return stderr.replaceAll(file, 'lb.yaml');
}

const MANY = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: my-project, bogus: 1 }
frontend:
  address: { reserve: shop-ip }
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
    cdn: true
    iap: { oauth2ClientId: c, oauth2ClientSecret: { env: X } }
    enableCdn: true
routing:
  default: web
  redirectHttp: true
`;

describe('validate, every error at once', () => {
  it('a rule error (IAP with CDN) is reported beside unknown keys, each unknown key with what to do', async () => {
    expect((await validate(MANY)).trimEnd().split('\n')).toEqual([
      'lb.yaml:3:46: error: unknown key "bogus" (allowed here: name, project, description, labels, names, adopt) (at metadata.bogus)',
      'lb.yaml:10:5: error: IAP and Cloud CDN cannot be enabled on the same backend service: remove one of them (at backends.web.iap)',
      'lb.yaml:11:5: error: unknown key "enableCdn": lb-plan calls it "cdn" (at backends.web.enableCdn)',
      'lb.yaml:14:3: error: "redirectHttp" does not belong here: it belongs under frontend.https (at routing.redirectHttp)',
      '4 errors in 1 of 1 file',
    ]);
  });

  it('an indentation error is reported once, at the line that is wrong', async () => {
    const out = await validate('apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata:\n  name: shop\n   project: p\n');
    expect(out.trimEnd().split('\n')).toEqual([
      'lb.yaml:5:4: error: YAML: wrong indentation: this line is indented differently from "name:" on line 4, so YAML reads both as one key; align it with the keys it belongs with (at (root))',
      '1 error in 1 of 1 file',
    ]);
  });

  it('at a terminal, each error shows its line with a caret under the column', async () => {
    const out = await validate(MANY, true);
    expect(out).toContain('lb.yaml:14:3: error: "redirectHttp" does not belong here: it belongs under frontend.https (at routing.redirectHttp)\n  14 |   redirectHttp: true\n     |   ^\n');
  });
});

describe('YAML that is not quite a manifest', () => {
  it('a trailing --- is no second document; an unknown tag is an error at its place; a duplicate key after 60,000 others is found', async () => {
    const trailing = await validate('apiVersion: lb-plan/v1\nkind: LoadBalancer\n---\n');
    expect(trailing).not.toContain('second YAML document');
    expect(await validate('apiVersion: !foo lb-plan/v1\nkind: LoadBalancer\n')).toContain('lb.yaml:1:13: error: YAML: unknown YAML tag !foo: a manifest uses no tags (write the plain value) (at (root))');
    const many = 'apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata:\n  labels:\n' + Array.from({ length: 60_000 }, (_, i) => `    k${i}: v\n`).join('') + '    k7: again\n';
    // The check is lb-plan's own, per mapping with a set (the yaml package's is quadratic: 9 s for 40,000 keys).
    expect(await validate(many)).toContain(`lb.yaml:${60_000 + 5}:5: error: YAML: Map keys must be unique (at (root))`);
  });

  it('an alias inside the value it names is an error at the alias, not a crash; an alias to a sibling is fine', async () => {
    const endless = await validate('apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata: { name: lb }\nbackends: &b\n  web: *b\n');
    expect(endless).toBe('lb.yaml:5:8: error: YAML: the alias *b is inside the value it refers to (&b), which makes that value endless: write the value out (at (root))\n1 error in 1 of 1 file\n');
    const inList = await validate('apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata: { name: lb, labels: &l { a: [x, *l] } }\n');
    expect(inList).toContain('lb.yaml:3:43: error: YAML: the alias *l is inside');
    const sibling = await validate('apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata: { name: lb, project: &p my-project, labels: { team: *p } }\n');
    expect(sibling).not.toContain('alias');
  });

  it('aliases are checked in one pass: 1,000 of them beside 40,000 other values end in seconds; the 1,001st is an error at its place', async () => {
    const labels = (n: number): string => [...Array.from({ length: n }, (_, i) => `    k${i}: &a${i} v`), ...Array.from({ length: n }, (_, i) => `    j${i}: *a${i}`)].join('\n');
    const many = `apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata:\n  name: lb\n  labels:\n${labels(1000)}\n  description: [${Array.from({ length: 40_000 }, () => 'y').join(', ')}]\n`;
    const began = Date.now();
    const out = await validate(many);
    // Resolving each alias by walking the document took ~10 s of CPU here (1,000 walks of 42,000 nodes).
    expect(Date.now() - began).toBeLessThan(8000);
    expect(out).not.toContain('alias');
    expect(out).toContain('error: ');
    const tooMany = await validate(`apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata:\n  name: lb\n  labels:\n${labels(1001)}\n`);
    // Line 5 + 1,001 anchors + 1,001 aliases: the last alias is the 1,001st.
    expect(tooMany).toBe('lb.yaml:2007:12: error: YAML: more than 1,000 aliases: a manifest needs few; write the values out (at (root))\n1 error in 1 of 1 file\n');
  });

  it('an alias bomb (aliases of aliases, millions of values) is an error at its first alias', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `    l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`);
    const bomb = `apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata:\n  name: lb\n  labels:\n    l0: &l0 x\n${levels.join('\n')}\n`;
    expect(await validate(bomb)).toMatch(/^lb\.yaml:7:14: error: YAML: Excessive alias count/);
  });
});

