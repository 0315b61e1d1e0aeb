/**
 * A bound on list pagination: an API answer is hostile input too, and an endpoint that keeps
 * answering with a next-page token must not keep a plan sending requests (and growing memory)
 * forever. A token seen before means the listing loops; more than MAX_PAGES pages means it does not
 * end. Real listings never come near: Compute lists 500 items a page (maxResults 500), so 1,000
 * pages is 500,000 resources of one kind in one project, far above Compute's per-project quotas
 * (e.g. 100 URL maps, 150 backend services by default); Cloud Run lists 500 services a page with at
 * most 1,000 services per region (https://cloud.google.com/run/quotas).
 */
export const MAX_PAGES = 1_000;

/** A listing that does not end: the endpoint repeated a page token, or gave more than MAX_PAGES pages. */
export class EndlessPages extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndlessPages';
  }
}

/**
 * Tracks the page tokens of one listing (`what`, when given, starts its errors). `next(token)` answers the token to ask for next (undefined:
 * the listing is done) and throws EndlessPages when the token repeats or the page cap is passed.
 */
export function pageTokens(what?: string, maxPages = MAX_PAGES): { next(token: unknown): string | undefined } {
  const seen = new Set<string>();
  let pages = 0;
  return {
    next(token) {
      pages++;
      if (typeof token !== 'string' || token === '') return undefined;
      if (seen.has(token)) throw new EndlessPages(`${what ? `${what}: ` : ''}the endpoint answered page ${pages} with a page token it had already given, so the listing would never end; stopped`);
      if (pages >= maxPages) throw new EndlessPages(`${what ? `${what}: ` : ''}the endpoint gave more than ${maxPages} pages, far more than any real listing; stopped`);
      seen.add(token);
      return token;
    },
  };
}
