/**
 * Turning on HTTPS with the HTTP→HTTPS redirect (issue 11, case 1): pointing port 80 at the redirect
 * while the only certificate is still PROVISIONING sends every user to an HTTPS endpoint that cannot
 * serve yet — for up to an hour (managed certificates take up to 60 minutes after DNS points at the
 * load balancer). So port 80 keeps serving the backends until every managed certificate of the HTTPS
 * proxy is ACTIVE: with `redirectWaits` (apply --wait-for-certificates) the switch waits for them in
 * the same run (rule certificateActiveBeforeRedirect); without, the switch is left out and the plan
 * says so — the next apply, once they are ACTIVE, makes it.
 */
import type { CompiledLoadBalancer } from '../compile/index.js';
import type { LiveState } from '../gcp/read.js';
import { shortRef } from './managed.js';
import type { Step } from './types.js';
import { textOf } from '../util/text.js';

type Add = (c: { address: string; kind: Step['kind']; scope: Step['scope']; name: string }, api: 'v1' | 'beta', id: string, op: Step['operation'], summary: string) => Step;
type AddEdge = (from: Step | undefined, to: Step | undefined, rule: string) => void;

const name = (link: unknown): string => shortRef(textOf(link)).split('/').pop()!;

export interface RedirectSwitchContext {
  readonly lb: CompiledLoadBalancer;
  readonly live: LiveState;
  readonly steps: readonly Step[];
  readonly byResource: ReadonlyMap<string, readonly Step[]>;
  readonly add: Add;
  readonly edge: AddEdge;
  readonly remove: (s: Step) => void;
  readonly warnings: string[];
  /** Wait in this run (apply --wait-for-certificates) rather than leave the switch to the next apply. */
  readonly redirectWaits: boolean;
}

export function redirectSwitch(x: RedirectSwitchContext): void {
  const switches = x.steps.filter((s) => s.kind === 'targetHttpProxy' && s.operation.type === 'call' && s.operation.method === 'setUrlMap');
  for (const sw of switches) {
    const target = x.lb.resources.find((r) => r.kind === 'urlMap' && r.name === name((sw.operation as { body: { urlMap?: unknown } }).body.urlMap));
    const current = x.live.resources.get(`urlMap/${name(x.live.resources.get(sw.address)?.body.urlMap)}`);
    if (!target?.body.defaultUrlRedirect || current?.body.defaultUrlRedirect) continue; // not a switch from serving to redirecting
    const pending = pendingCertificates(x);
    if (pending.length === 0) continue;
    const names = pending.map((c) => c.name).join(', ');
    if (!x.redirectWaits) {
      x.remove(sw);
      // Nor is the proxy's applied record rewritten: it would claim a switch not made (./applied.ts).
      for (const s of x.byResource.get(sw.address) ?? []) if (s.id.startsWith('describe:')) x.remove(s);
      x.warnings.push(`Port 80 keeps serving the backends for now: certificate ${names} is not ACTIVE yet (a managed certificate takes up to 60 minutes once DNS points at the load balancer), and redirecting to HTTPS before then would break HTTP. Apply again once it is ACTIVE to switch port 80 to the HTTPS redirect, or apply with --wait-for-certificates to wait and switch in one run.`);
      continue;
    }
    for (const cert of pending) {
      const wait = x.byResource.get(cert.address)?.find((s) => s.operation.type === 'waitCertificateActive') ?? x.add(cert, 'v1', 'waitActive', { type: 'waitCertificateActive' }, 'wait until ACTIVE');
      // It provisions only once served: after the HTTPS proxy and its forwarding rules are in place.
      // (Not after the proxy's final setSslCertificates of a rotation: that one waits for this wait.)
      for (const s of x.steps) if (servesCertificates(s) && s.id !== wait.id) x.edge(wait, s, 'certificateServedBeforeWait');
      x.edge(sw, wait, 'certificateActiveBeforeRedirect');
    }
    x.warnings.push(`Port 80 switches to the HTTPS redirect only once certificate ${names} is ACTIVE: apply waits for it (up to --certificate-timeout).`);
  }
}

/** Steps that put certificates in front of users: forwarding rules, the HTTPS proxy's creation, a rotation's interim set. */
function servesCertificates(s: Step): boolean {
  if (s.operation.type === 'delete') return false;
  return s.kind === 'globalForwardingRule' || (s.kind === 'targetHttpsProxy' && (s.operation.type === 'insert' || s.id.startsWith('attachBeside:')));
}

/** The HTTPS proxy's managed certificates that are not ACTIVE now (new ones included). */
function pendingCertificates(x: RedirectSwitchContext): { address: string; kind: 'sslCertificate'; scope: Step['scope']; name: string }[] {
  const proxy = x.lb.resources.find((r) => r.kind === 'targetHttpsProxy');
  const links = (proxy?.body.sslCertificates as string[] | undefined) ?? [];
  return links.flatMap((link) => {
    const n = name(link);
    const desired = x.lb.resources.find((r) => r.kind === 'sslCertificate' && r.name === n);
    const live = x.live.resources.get(`sslCertificate/${n}`);
    const type = (desired ?? live)?.body.type;
    if (type !== 'MANAGED') return [];
    const status = (live?.body.managed as { status?: string } | undefined)?.status;
    return status === 'ACTIVE' ? [] : [{ address: `sslCertificate/${n}`, kind: 'sslCertificate' as const, scope: { type: 'global' as const }, name: n }];
  });
}
