/**
 * GCP's request routing as pure functions: URL map matching (host rule, path matcher, path rule),
 * URL masks of serverless NEGs, and `explain` from a set of Compute resources down to the
 * serverless application per region. Used by `lb-plan explain`, by validation of a manifest's
 * `tests:`, and by the emulator's check of a URL map's `tests`.
 */
export { parseRequestUrl, type ParsedRequestUrl, type RequestUrl } from './url.js';
export { matchHost, matchPath, matchUrlMap, type HostRuleMatch, type PathRuleMatch, type RouteOutcome, type UrlMapMatch } from './match.js';
export { applyMask, compileMask, type CompiledMask } from './mask.js';
export { describeApp, negTarget, type NegTarget, type ServerlessApp, type ServerlessPlatform } from './target.js';
export { explainThroughFrontend, explainUrl, relPath, routingView, type Explanation, type FrontendExplanation, type RegionTarget, type RoutingResource, type RoutingView } from './explain.js';
export { describeManifestRoute, manifestUrlMap } from './manifest.js';
export { renderExplainJson, renderExplainText } from './render.js';
