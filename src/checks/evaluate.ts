/**
 * What is wrong with one Cloud Run service a NEG sends requests to, given what the Cloud Run Admin
 * API said about it. Pure: the rules, and the words for them.
 *
 * The rules, from the guide (../shared/reference/classic-alb-serverless-backends.md, "Restrict Ingress
 * on the Default Endpoint") and the serverless NEG concepts (gcp-behaviour.md §3.2):
 * - "Serverless NEGs can point only to serverless resources residing in the same region where the NEG
 *   is created": a service of that name in another region is as good as none.
 * - Ingress `INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER` ("Internal and Cloud Load Balancing") is what the
 *   guide asks for; with `INGRESS_TRAFFIC_ALL`, "users can use your serverless application's default
 *   URL to bypass the load balancer, Cloud Armor security policies, SSL certificates"; with
 *   `INGRESS_TRAFFIC_INTERNAL_ONLY` an external Application Load Balancer is not an allowed source
 *   (https://cloud.google.com/run/docs/securing/ingress), so the load balancer cannot reach it.
 *   `INGRESS_TRAFFIC_NONE`: "No ingress traffic is allowed" (the v2 IngressTraffic enum). `INGRESS_TRAFFIC_UNSPECIFIED`
 *   is what v2 reports "if no revision is active".
 * - A tag the NEG names must be one of the service's traffic tags, or the NEG has nothing to send to.
 */
import type { RunService } from '../gcp/run.js';
import type { ServiceFinding, ServiceTarget } from './types.js';

const RESTRICT = 'gcloud run services update SERVICE --region REGION --ingress internal-and-cloud-load-balancing';
/** A function deployed through the Cloud Functions API keeps its ingress there (a redeploy would undo a change made on its service). */
const FUNCTION_RESTRICT = 'gcloud functions deploy FUNCTION --region REGION --ingress-settings internal-and-gclb';

function what(t: ServiceTarget): string {
  const via = t.urls.length ? ` (reached through the URL mask by ${t.urls.slice(0, 2).join(', ')}${t.urls.length > 2 ? ', …' : ''})` : '';
  const negs = t.negs.length === 1 ? `NEG ${t.negs[0]}` : `NEGs ${t.negs.join(', ')}`;
  return `${t.platform === 'cloudFunctions' ? 'Cloud Run function' : 'Cloud Run service'} ${t.service} in ${t.region}, used by ${negs}${via}`;
}

function finding(t: ServiceTarget, severity: ServiceFinding['severity'], code: ServiceFinding['code'], message: string): ServiceFinding {
  return { severity, code, region: t.region, service: t.service, negs: t.negs, message };
}

/**
 * Findings for `t`. `found` is the service in the NEG's region (undefined: 404); `elsewhere` the
 * other regions holding a service of that name (undefined when they could not be listed).
 */
export function evaluate(t: ServiceTarget, found: RunService | undefined, elsewhere?: readonly string[]): ServiceFinding[] {
  if (!found) return [missing(t, elsewhere)];
  const out: ServiceFinding[] = [];
  const restrict = t.platform === 'cloudFunctions' ? `${FUNCTION_RESTRICT.replace('FUNCTION', t.service).replace('REGION', t.region)} (for a function deployed with gcloud run: ${RESTRICT.replace('SERVICE', t.service).replace('REGION', t.region)})` : RESTRICT.replace('SERVICE', t.service).replace('REGION', t.region);
  switch (found.ingress) {
    case 'INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER':
      break;
    case 'INGRESS_TRAFFIC_ALL':
      out.push(finding(t, 'warning', 'ingress-all', `${what(t)}: ingress is INGRESS_TRAFFIC_ALL, so users can reach it at its own run.app URL and bypass the load balancer, its Cloud Armor policy and IAP. Restrict it to internal and load balancer traffic: ${restrict}`));
      break;
    case 'INGRESS_TRAFFIC_INTERNAL_ONLY':
      out.push(finding(t, 'warning', 'ingress-internal-only', `${what(t)}: ingress is INGRESS_TRAFFIC_INTERNAL_ONLY, which an external load balancer is not allowed through: the load balancer cannot reach it. Allow load balancer traffic: ${restrict}`));
      break;
    case 'INGRESS_TRAFFIC_NONE':
      out.push(finding(t, 'warning', 'ingress-none', `${what(t)}: ingress is INGRESS_TRAFFIC_NONE ("No ingress traffic is allowed"): the load balancer cannot reach it. Allow load balancer traffic: ${restrict}`));
      break;
    default:
      out.push(finding(t, 'note', 'ingress-unknown', `${what(t)}: its ingress is ${found.ingress ?? 'not reported'}${found.ingress === 'INGRESS_TRAFFIC_UNSPECIFIED' || !found.ingress ? ' (no revision is active)' : ''}; lb-plan cannot tell whether the load balancer reaches it.`));
  }
  const absent = t.tags.filter((tag) => !found.tags.includes(tag));
  if (absent.length) {
    const has = found.tags.length ? `its traffic tags are ${found.tags.join(', ')}` : 'its traffic has no tags';
    const names = absent.length === 1 ? `tag ${absent[0]}` : `tags ${absent.join(', ')}`;
    out.push(finding(t, 'warning', 'missing-tag', `${what(t)}: requests for ${names} fail, since ${has}. Tag a revision: gcloud run services update-traffic ${t.service} --region ${t.region} --set-tags ${absent.map((x) => `${x}=REVISION`).join(',')}`));
  }
  return out;
}

function missing(t: ServiceTarget, elsewhere: readonly string[] | undefined): ServiceFinding {
  const where = elsewhere?.length ? ` A service of that name exists in ${elsewhere.join(', ')}, but a serverless NEG reaches only services in its own region: deploy it to ${t.region}, or move the NEG (its \`region\`) to where the service is.` : '';
  if (t.platform === 'cloudFunctions') {
    return finding(t, 'note', 'function-not-run', `${what(t)}: no Cloud Run service of that name in ${t.region}. A 1st gen function is not a Cloud Run service and is not checked; a Cloud Run function (2nd gen) of that name does not exist there.${where}`);
  }
  if (elsewhere?.length) return finding(t, 'warning', 'other-region', `${what(t)}: not found in ${t.region}, so the load balancer answers its requests with errors.${where}`);
  return finding(t, 'warning', 'missing', `${what(t)}: not found in ${t.region}${elsewhere ? ' (nor in any other Cloud Run region of the project)' : ''}, so the load balancer answers its requests with errors. Deploy it, or correct the name in the manifest.`);
}
