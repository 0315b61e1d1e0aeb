/**
 * GCP's URL map matching as data: host rule precedence, longest path first whatever the order,
 * exact paths against `/*` prefixes, defaults at each level, redirects.
 */
import { describe, expect, it } from 'vitest';
import { matchUrlMap } from '../../src/routing/match.js';
import { parseRequestUrl, type RequestUrl } from '../../src/routing/url.js';

const req = (url: string): RequestUrl => {
  const p = parseRequestUrl(url);
  if (!p.ok) throw new Error(p.reason);
  return p.request;
};

/** A URL map whose services are plain names, so outcomes read as names. */
const MAP = {
  defaultService: 'map-default',
  hostRules: [
    { hosts: ['*.example.com'], pathMatcher: 'any-example' },
    { hosts: ['*-api.example.com'], pathMatcher: 'api-suffix' },
    { hosts: ['shop.example.com', 'Store.Example.com'], pathMatcher: 'shop' },
    { hosts: ['*'], pathMatcher: 'everything' },
    { hosts: ['example.com:8080'], pathMatcher: 'port' },
  ],
  pathMatchers: [
    { name: 'any-example', defaultService: 'wildcard' },
    { name: 'api-suffix', defaultService: 'api-suffix' },
    { name: 'everything', defaultService: 'star' },
    { name: 'port', defaultService: 'port-8080' },
    {
      name: 'shop',
      defaultService: 'shop-default',
      pathRules: [
        { paths: ['/*'], service: 'catch-all' },
        { paths: ['/videos/*'], service: 'videos' },
        { paths: ['/videos/hd/*'], service: 'videos-hd' },
        { paths: ['/videos'], service: 'videos-exact' },
        { paths: ['/a/'], service: 'a-exact' },
        { paths: ['/a/*'], service: 'a-prefix' },
      ],
    },
  ],
};

const service = (url: string): string => {
  const o = matchUrlMap(MAP, req(url)).outcome;
  return o.type === 'service' ? o.service : o.type;
};

describe('host rules', () => {
  it('an exact host wins over every wildcard; hosts compare in lower case', () => {
    expect(matchUrlMap(MAP, req('https://shop.example.com/x')).hostRule).toMatchObject({ index: 2, pattern: 'shop.example.com', how: 'exact', pathMatcher: 'shop' });
    expect(matchUrlMap(MAP, req('https://STORE.example.com/x')).hostRule).toMatchObject({ index: 2, pattern: 'Store.Example.com', how: 'exact' });
  });

  it('the most specific (longest) wildcard wins, then * alone', () => {
    expect(service('https://orders-api.example.com/')).toBe('api-suffix');
    expect(service('https://www.example.com/')).toBe('wildcard');
    expect(service('https://a.b.example.com/')).toBe('wildcard');
    expect(service('https://example.com/')).toBe('star'); // *.example.com needs the dot
    expect(matchUrlMap(MAP, req('https://example.org/')).hostRule).toMatchObject({ pattern: '*', how: 'any' });
  });

  it('a pattern with a port matches that port only; without one, any port', () => {
    expect(service('https://example.com:8080/')).toBe('port-8080');
    expect(service('https://shop.example.com:8443/')).toBe('catch-all');
  });

  it("no host rule: the URL map's default", () => {
    const m = matchUrlMap({ defaultService: 'd', hostRules: [{ hosts: ['a.example.com'], pathMatcher: 'a' }], pathMatchers: [{ name: 'a', defaultService: 'x' }] }, req('https://b.example.com/'));
    expect(m).toEqual({ decidedBy: 'urlMapDefault', outcome: { type: 'service', service: 'd' } });
  });
});

describe('path rules', () => {
  it('longest path first, whatever the order of the rules', () => {
    expect(service('https://shop.example.com/videos/hd/1')).toBe('videos-hd');
    expect(service('https://shop.example.com/videos/sd/1')).toBe('videos');
    expect(service('https://shop.example.com/other')).toBe('catch-all');
    const reversed = { ...MAP, pathMatchers: MAP.pathMatchers.map((pm) => (pm.pathRules ? { ...pm, pathRules: [...pm.pathRules].reverse() } : pm)) };
    const o = matchUrlMap(reversed, req('https://shop.example.com/videos/hd/1')).outcome;
    expect(o).toEqual({ type: 'service', service: 'videos-hd' });
  });

  it('/videos matches only /videos; /videos/* matches /videos/ and below, never /videos', () => {
    expect(service('https://shop.example.com/videos')).toBe('videos-exact');
    expect(service('https://shop.example.com/videos/')).toBe('videos');
    expect(service('https://shop.example.com/videosx')).toBe('catch-all');
  });

  it('an exact path wins a tie with the prefix of the same length', () => {
    expect(matchUrlMap(MAP, req('https://shop.example.com/a/')).pathRule).toMatchObject({ index: 4, path: '/a/', how: 'exact' });
    expect(matchUrlMap(MAP, req('https://shop.example.com/a/b')).pathRule).toMatchObject({ index: 5, path: '/a/*', how: 'prefix' });
  });

  it('the query and fragment are not part of the path', () => {
    expect(service('https://shop.example.com/videos?hd=1#t')).toBe('videos-exact');
  });

  it("no path rule: the path matcher's default", () => {
    const m = matchUrlMap({ hostRules: [{ hosts: ['*'], pathMatcher: 'p' }], pathMatchers: [{ name: 'p', defaultService: 'pm-default', pathRules: [{ paths: ['/api'], service: 'api' }] }] }, req('https://x.example.com/web'));
    expect(m).toMatchObject({ pathMatcher: 'p', decidedBy: 'pathMatcherDefault', outcome: { type: 'service', service: 'pm-default' } });
    expect(m.pathRule).toBeUndefined();
  });
});

describe('other outcomes', () => {
  it("the redirect URL map lb-plan compiles for redirectHttp: 301 to https, query kept", () => {
    const redirect = { defaultUrlRedirect: { httpsRedirect: true, redirectResponseCode: 'MOVED_PERMANENTLY_DEFAULT', stripQuery: false } };
    expect(matchUrlMap(redirect, req('http://example.com/a?b=1')).outcome).toEqual({ type: 'redirect', location: 'https://example.com/a?b=1', status: 301, code: 'MOVED_PERMANENTLY_DEFAULT' });
  });

  it('a path rule redirect with a prefix: the matched prefix is replaced', () => {
    const map = { defaultService: 'd', hostRules: [{ hosts: ['*'], pathMatcher: 'p' }], pathMatchers: [{ name: 'p', defaultService: 'd', pathRules: [{ paths: ['/old/*'], urlRedirect: { prefixRedirect: '/new/', redirectResponseCode: 'FOUND', stripQuery: true } }] }] };
    expect(matchUrlMap(map, req('https://example.com/old/page?x=1')).outcome).toEqual({ type: 'redirect', location: 'https://example.com/new/page', status: 302, code: 'FOUND' });
  });

  it('route rules and weighted backends are reported, not evaluated; a missing path matcher is named', () => {
    const rr = { defaultService: 'd', hostRules: [{ hosts: ['*'], pathMatcher: 'p' }], pathMatchers: [{ name: 'p', defaultService: 'd', routeRules: [{ priority: 1 }] }] };
    expect(matchUrlMap(rr, req('https://example.com/')).outcome.type).toBe('unsupported');
    const missing = { defaultService: 'd', hostRules: [{ hosts: ['*'], pathMatcher: 'gone' }], pathMatchers: [] };
    expect(matchUrlMap(missing, req('https://example.com/')).outcome).toEqual({ type: 'unsupported', reason: 'the URL map has no path matcher "gone"' });
  });
});

describe('request URLs', () => {
  it('reads the Host header (port only when not the default) and the path without the query', () => {
    expect(req('https://Shop.Example.com:443/a/b?c=d')).toMatchObject({ host: 'shop.example.com', hostname: 'shop.example.com', path: '/a/b', query: '?c=d', scheme: 'https' });
    expect(req('http://example.com:8080')).toMatchObject({ host: 'example.com:8080', path: '/' });
  });

  it('refuses what is not an http(s) URL; without a scheme only when asked to assume https', () => {
    expect(parseRequestUrl('ftp://example.com/').ok).toBe(false);
    expect(parseRequestUrl('example.com/x').ok).toBe(false);
    const p = parseRequestUrl('example.com/x', { assumeHttps: true });
    expect(p.ok && p.request.url).toBe('https://example.com/x');
  });
});
