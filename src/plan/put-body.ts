/**
 * The body of a PUT (backend services and URL maps change only by full replacement): what lb-plan
 * manages from the manifest, laid over what GCP holds now — the way `gcloud … update` does a GET,
 * a change and a PUT. Fields lb-plan never sets (custom response headers, a console-set signed-URL
 * age, a URL map's default route action) are kept instead of wiped; output-only fields and fields
 * the contract does not know are left out, as GCP would refuse or ignore them.
 */
import { schemaFor, type ApiVersion, type ContractProperty } from '../contract/index.js';
import { KIND_INFO, type ResourceKind } from '../model/kinds.js';
import { isRec } from '../util/data.js';
import { MANAGED, type ObjectModel } from './managed.js';

type Rec = Record<string, unknown>;

/** `value` with only what a request may carry: known to the contract, not output-only, at every depth. */
function settable(value: unknown, schema: ContractProperty | undefined, api: ApiVersion): unknown {
  const s = schema?.$ref ? schemaFor(schema.$ref, api) : schema;
  if (Array.isArray(value)) return value.map((x) => settable(x, s?.items, api));
  if (!isRec(value) || !s?.properties) return value;
  const out: Rec = {};
  for (const [k, v] of Object.entries(value)) {
    const p = s.properties[k];
    if (p && !p.outputOnly) out[k] = settable(v, p, api);
  }
  return out;
}

/**
 * `desired` laid over `live`, guided by what lb-plan manages: a managed field comes from the manifest
 * (and is cleared when the manifest leaves it out, unless GCP picks it: `whenSet`); managed objects
 * merge member by member; lists and values are the manifest's; what lb-plan does not manage is kept.
 */
function overlay(fields: ObjectModel, live: Rec, desired: Readonly<Rec>): Rec {
  const out: Rec = {};
  for (const k of new Set([...Object.keys(live), ...Object.keys(desired)])) {
    const model = fields[k];
    const want = desired[k];
    if (want === undefined) {
      if (!model || model.whenSet) out[k] = live[k];
    } else if (model?.type === 'object' && isRec(live[k]) && isRec(want)) out[k] = overlay(model.fields, live[k] as Rec, want);
    else out[k] = want;
  }
  return out;
}

/** The PUT body for `kind`: `desired` (the compiled body, secrets as placeholders) over the live body's settable fields. */
export function putBody(kind: ResourceKind, live: Readonly<Rec>, desired: Readonly<Rec>, api: ApiVersion): Rec {
  const kept = settable(live, schemaFor(KIND_INFO[kind].schema, api), api) as Rec;
  delete kept.fingerprint; // sent beside the body, from the plan's observation
  const body = overlay(MANAGED[kind], kept, desired);
  if (kind === 'backendService') dropTtlsTheModeForbids(body, desired);
  return body;
}

/**
 * TTLs GCP refuses with a cache mode (the compiler leaves them out for the same reason): with
 * USE_ORIGIN_HEADERS the origin's headers decide, with FORCE_CACHE_ALL there is no maxTtl. A live
 * value kept from the previous mode would make the PUT fail; the manifest's own values stay.
 */
function dropTtlsTheModeForbids(body: Rec, desired: Readonly<Rec>): void {
  const cdn = body.cdnPolicy;
  if (!isRec(cdn)) return;
  const wanted = isRec(desired.cdnPolicy) ? desired.cdnPolicy : {};
  const forbidden = cdn.cacheMode === 'USE_ORIGIN_HEADERS' ? ['defaultTtl', 'maxTtl', 'clientTtl'] : cdn.cacheMode === 'FORCE_CACHE_ALL' ? ['maxTtl'] : [];
  for (const k of forbidden) if (wanted[k] === undefined) delete cdn[k];
}
