/**
 * A request URL as a load balancer sees it: the Host header (lower case, with a port only when
 * the URL names a non-default one) and the path fed to the path matcher, which never includes the
 * query or the fragment (PathRule.paths: "The string fed to the path matcher does not include any
 * text after the first ? or #").
 */
export interface RequestUrl {
  /** The URL as parsed (scheme, host and path normalized by the WHATWG URL parser). */
  readonly url: string;
  readonly scheme: 'http' | 'https';
  /** `example.com`, or `example.com:8080` when the URL gives a port that is not the scheme's default. */
  readonly host: string;
  /** The host without any port. */
  readonly hostname: string;
  /** The path the path matcher sees: starts with `/`, no query, no fragment. */
  readonly path: string;
  /** `''` or `?a=b`: kept for redirects and URL map tests, never matched. */
  readonly query: string;
}

export type ParsedRequestUrl = { readonly ok: true; readonly request: RequestUrl } | { readonly ok: false; readonly reason: string };

/**
 * Parses `text` as an http(s) URL. With `assumeHttps`, a URL written without a scheme
 * (`example.com/login`) is read as https. Never throws.
 */
export function parseRequestUrl(text: string, options: { assumeHttps?: boolean } = {}): ParsedRequestUrl {
  const raw = text.trim();
  const withScheme = options.assumeHttps && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? `https://${raw}` : raw;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return { ok: false, reason: `"${text}" is not a URL: write it as https://HOST/PATH` };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: `"${text}" is not an http or https URL` };
  if (u.hostname === '') return { ok: false, reason: `"${text}" has no host` };
  if (u.username !== '' || u.password !== '') return { ok: false, reason: `"${text}" carries credentials: give only the host and path` };
  return {
    ok: true,
    request: {
      url: u.href,
      scheme: u.protocol === 'https:' ? 'https' : 'http',
      host: u.host.toLowerCase(),
      hostname: u.hostname.toLowerCase(),
      path: u.pathname || '/',
      query: u.search,
    },
  };
}
