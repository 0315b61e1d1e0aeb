/**
 * URL masks: the guide's URL-mask table is the test vector set. Each row (service and tag, custom
 * domain URL, one or two masks) is read from the guide itself, so the vectors are the guide's and
 * nothing else; then the other platforms' placeholders and the cases where no service can be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMask } from '../../src/routing/mask.js';
import { negTarget } from '../../src/routing/target.js';
import { parseRequestUrl, type RequestUrl } from '../../src/routing/url.js';

const GUIDE = '../shared/reference/classic-alb-serverless-backends.md';
/** The guide's table, copied (the guide lives beside the repository only in this workplace). */
const TABLE = 'test/fixtures/guide-url-mask-table.md';

interface Row {
  readonly expected: Record<string, string>;
  readonly url: string;
  readonly masks: readonly string[];
}

/** The rows of the table under "Cloud Run | Cloud Functions | App Engine | API Gateway". */
function guideRows(file = TABLE): Row[] {
  const text = readFileSync(file, 'utf8');
  const table = text.slice(text.indexOf('| Service, Tag name'));
  const rows: Row[] = [];
  for (const line of table.split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const [who, url, masks] = line.split('|').slice(1, 4).map((c) => c.trim());
    const expected = Object.fromEntries(who!.split(',').map((kv) => kv.split(':').map((s) => s.trim()) as [string, string]));
    rows.push({ expected, url: url!.replace(/`/g, ''), masks: [...masks!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!) });
  }
  return rows;
}

const req = (url: string): RequestUrl => {
  const p = parseRequestUrl(url);
  if (!p.ok) throw new Error(p.reason);
  return p.request;
};

describe("the guide's URL-mask table", () => {
  const rows = guideRows();

  it.skipIf(!existsSync(GUIDE))('the copy in test/fixtures is the guide\'s table as it is now', () => {
    expect(guideRows(GUIDE)).toEqual(rows);
  });

  it('has the five rows of the guide, seven masks in all', () => {
    expect(rows.map((r) => r.url)).toEqual([
      'https://login-home.example.com/web',
      'https://example.com/login/web',
      'https://test.login.example.com/web',
      'https://example.com/home/login/test',
      'https://test.example.com/home/login/web',
    ]);
    expect(rows.flatMap((r) => r.masks)).toHaveLength(7);
  });

  const vectors = rows.flatMap((r) => r.masks.map((mask) => [r.url, mask, r.expected] as const));
  it.each(vectors)('%s with mask %s reaches %o', (url, mask, expected) => {
    expect(applyMask(mask, req(url))).toEqual(expected);
    // And as a Cloud Run NEG with that mask names it.
    const t = negTarget({ networkEndpointType: 'SERVERLESS', cloudRun: { urlMask: mask } }, req(url));
    expect(t).toEqual({ platform: 'cloudRun', urlMask: mask, app: { platform: 'cloudRun', ...expected } });
  });
});

describe('URL masks beyond the table', () => {
  it('host-only masks: leading labels before the first placeholder may be left out; the host is compared in lower case', () => {
    expect(applyMask('<service>.example.com', req('https://test.login.example.com/'))).toEqual({ service: 'login' });
    expect(applyMask('<service>-home.example.com', req('https://My-Svc-Home.Example.com/x'))).toEqual({ service: 'my-svc' });
    expect(applyMask('<service>.example.com', req('https://login.example.org/'))).toBeUndefined();
  });

  it('path masks: segments after the last placeholder may be left out, the ones before may not', () => {
    expect(applyMask('/<service>', req('https://any.host/login'))).toEqual({ service: 'login' });
    expect(applyMask('/<service>', req('https://any.host/login/a/b?q=1'))).toEqual({ service: 'login' });
    expect(applyMask('/home/<service>', req('https://example.com/other/login'))).toBeUndefined();
    expect(applyMask('/<service>', req('https://example.com/'))).toBeUndefined();
    expect(applyMask('example.com/<service>', req('https://example.org/login'))).toBeUndefined();
  });

  it('Cloud Functions: /<function>', () => {
    expect(negTarget({ cloudFunction: { urlMask: '/<function>' } }, req('https://example.com/resize/x.png')).app).toEqual({ platform: 'cloudFunctions', function: 'resize' });
  });

  it('App Engine: <service>-dot-appname.appspot.com/<version>, <version>.example.com/<service>, and the default service', () => {
    expect(negTarget({ appEngine: { urlMask: '<service>-dot-appname.appspot.com/<version>' } }, req('https://api-dot-appname.appspot.com/v2/users')).app).toEqual({ platform: 'appEngine', service: 'api', version: 'v2' });
    expect(negTarget({ appEngine: { urlMask: '<version>.example.com/<service>' } }, req('https://v1.example.com/shop')).app).toEqual({ platform: 'appEngine', service: 'shop', version: 'v1' });
    expect(negTarget({ appEngine: { urlMask: '<version>.example.com' } }, req('https://v3.example.com/')).app).toEqual({ platform: 'appEngine', service: 'default', version: 'v3' });
    expect(negTarget({ appEngine: {} }, req('https://example.com/')).app).toEqual({ platform: 'appEngine', service: 'default' });
  });

  it('API Gateway: /<gateway> on serverlessDeployment', () => {
    expect(negTarget({ serverlessDeployment: { platform: 'apigateway.googleapis.com', urlMask: '/<gateway>' } }, req('https://api.example.com/orders/1')).app).toEqual({ platform: 'apiGateway', gateway: 'orders' });
    expect(negTarget({ serverlessDeployment: { platform: 'apigateway.googleapis.com', resource: 'gw' } }, req('https://api.example.com/')).app).toEqual({ platform: 'apiGateway', gateway: 'gw' });
  });

  it('a fixed service with a <tag> mask: the mask adds the tag', () => {
    expect(negTarget({ cloudRun: { service: 'web', urlMask: '<tag>.example.com' } }, req('https://beta.example.com/')).app).toEqual({ platform: 'cloudRun', service: 'web', tag: 'beta' });
  });

  it('a URL that does not fit the mask names no service, and says so', () => {
    const t = negTarget({ cloudRun: { urlMask: 'example.com/<service>' } }, req('https://example.org/login'));
    expect(t.app).toBeUndefined();
    expect(t.problem).toBe('the URL does not fit the URL mask "example.com/<service>": the NEG cannot tell which Cloud Run service to call');
    expect(negTarget({ networkEndpointType: 'GCE_VM_IP_PORT' }, req('https://example.com/')).problem).toBe('not a serverless NEG (networkEndpointType GCE_VM_IP_PORT)');
  });
});
