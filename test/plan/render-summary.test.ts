/**
 * The summary line of a real plan (made against the emulator over real HTTP) counts what a reader
 * sees below it: every kind of change in one plan, counted by hand from the manifest edit.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/plan/render/markdown.js';
import { renderText } from '../../src/plan/render/text.js';
import { harness } from '../helpers/emulator.js';
import { apply, plan, workspace } from '../helpers/plan.js';

const SHOP = `apiVersion: lb-plan/v1
kind: LoadBalancer
metadata: { name: shop, project: my-project }
frontend:
  address: { reserve: shop-ip }
  https:
    certificates: [ { managed: [shop.example.com] } ]
backends:
  web:
    serverless: [ { region: us-central1, cloudRun: { service: web } } ]
  api:
    serverless: [ { region: us-central1, cloudRun: { service: api } } ]
routing:
  default: web
  paths:
    - { paths: [/api/*], backend: api }
`;

describe('the summary line against the changes shown', () => {
  it('adds, changes, a replacement and destroys in one plan: each counted once, as the headings below it', async () => {
    const h = await harness();
    const ws = workspace();
    await apply(h, await plan(h, ws.write(SHOP)), ws.dir);
    // api goes (its NEG and backend service), img comes (a NEG and a backend service), the URL map
    // routes /img/* instead of /api/*, a new domain replaces the certificate and so changes the proxy.
    const edited = SHOP.replace('[shop.example.com]', '[shop.example.com, www.shop.example.com]')
      .replace('  api:\n    serverless: [ { region: us-central1, cloudRun: { service: api } } ]', '  img:\n    serverless: [ { region: us-central1, cloudRun: { service: img } } ]')
      .replace('{ paths: [/api/*], backend: api }', '{ paths: [/img/*], backend: img }');
    const p = await plan(h, ws.write(edited));
    const summary = 'Plan: 2 to add, 2 to change, 1 to replace, 2 to destroy.';
    const text = renderText(p, { color: false });
    expect(text.split('\n')[2]).toBe(summary);
    expect(text.trimEnd().split('\n').at(-1)).toBe(summary);
    expect(renderMarkdown(p).split('\n')[2]).toBe(`**${summary}**`);
    // The headings below: two `+`, two `~`, one `-/+`, two `-` (the old certificate is the replacement's).
    const signs = text.split('\n').flatMap((l) => /^ {2}( {2}[+~-]|-\/\+) /.exec(l)?.[1]?.trim() ?? []);
    expect(signs.sort()).toEqual(['+', '+', '-', '-', '-/+', '~', '~']);
  });
});
