/**
 * Explicitly named NEGs and certificates (a taken-over one keeps its name). Both are immutable, so a
 * change means a new resource beside the old one: it gets lb-plan's generated name (content hash),
 * is created first, the parent repointed, then the named one deleted — no downtime. Once a successor
 * under a generated name exists the name is never wanted again (no flipping back on the next change):
 * later successors are generated too, and replace each other as any generated ones do.
 */
import { compile, type CompileInputs, type CompiledLoadBalancer, type DesiredResource } from '../compile/index.js';
import type { LiveState } from '../gcp/read.js';
import type { Manifest } from '../manifest/schema.js';
import { generatedSlot, ownsBody } from '../model/names.js';
import { fieldChanges } from './diff.js';
import { desiredCanonical, liveCanonical, normalizeContext } from './normalize.js';

/** The declared addresses (explicit names) whose resources must be compiled under the generated name. */
export function generatedNames(lb: CompiledLoadBalancer, live: LiveState): Set<string> {
  const ctx = normalizeContext(live);
  const out = new Set<string>();
  const owned = [...live.resources.values()].filter((l) => ownsBody(l.kind, l.body, lb.name));
  const desired = new Set(lb.resources.map((r) => r.address));
  for (const d of lb.resources) {
    if (!d.pinned || d.address !== d.pinned.declared) continue;
    const generatedName = d.pinned.generated.split('/').pop()!;
    const slot = generatedSlot(generatedName);
    const scope = d.pinned.generated.split('/').slice(0, -1).join('/');
    // A successor of this slot exists already (owned, and no other entry of the manifest wants it): stay on generated names.
    const successor = owned.some((l) => l.kind === d.kind && l.address.startsWith(`${scope}/`) && generatedSlot(l.name) === slot && (l.address === d.pinned!.generated || !desired.has(l.address)));
    const named = live.resources.get(d.address);
    if (successor || (named && changed(d, named.body, ctx))) out.add(d.address);
  }
  return out;
}

function changed(d: DesiredResource, body: Readonly<Record<string, unknown>>, ctx: ReturnType<typeof normalizeContext>): boolean {
  return fieldChanges(d.kind, liveCanonical(d.kind, body, ctx, d), desiredCanonical(d, ctx)).length > 0;
}

/**
 * The compiled load balancer with the names live state asks for: compiled again, with those
 * explicitly named NEGs and certificates under their generated names, when any must move.
 */
export function withGeneratedNames(manifest: Manifest, inputs: CompileInputs, compiled: CompiledLoadBalancer, live: LiveState): CompiledLoadBalancer {
  const generated = generatedNames(compiled, live);
  return generated.size === 0 ? compiled : compile(manifest, inputs, { generated });
}
