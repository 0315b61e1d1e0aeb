/**
 * An operation that ends DONE with an `error` is a failed step, whatever shape the error takes
 * (src/apply/runner.ts). gcp-behaviour.md §2.3: GCP reports an operation's failure in `error.errors[]`,
 * beside `httpErrorStatusCode` and `httpErrorMessage` ("BAD REQUEST"); clients that poll treat DONE as
 * terminal and then look at the error. An `error` whose `errors` list is missing or empty is still an
 * error, never a success: the step fails with whatever text the operation carries. An endpoint on
 * 127.0.0.1 answers the insert (or its wait) with such an operation; everything else goes to the emulator.
 * The oracle is the outcome and its sentence, written out here from the operation the endpoint sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/execute.js';
import { computeClients } from '../../src/gcp/client.js';
import type { Plan } from '../../src/plan/types.js';
import { answer, front } from '../helpers/front.js';
import { BASE, harness } from '../helpers/emulator.js';
import { ONE_BACKEND, plan, workspace } from '../helpers/plan.js';

const none = () => undefined;
const OP = 'operation-1733460000000-5e2f1a7b9c3d4-8a1b2c3d-4e5f6a7b';

/** A finished insert operation of the address, as GCP writes one (§2.3), with `extra` laid over it. */
function doneOperation(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    kind: 'compute#operation',
    id: '1234567890123456789',
    name: OP,
    operationType: 'insert',
    targetLink: `${BASE}global/addresses/lb-ip`,
    status: 'DONE',
    progress: 100,
    insertTime: '2026-12-06T04:30:00.000-08:00',
    startTime: '2026-12-06T04:30:00.100-08:00',
    endTime: '2026-12-06T04:30:01.200-08:00',
    selfLink: `${BASE}global/operations/${OP}`,
    ...extra,
  };
}

const isAddressInsert = (req: IncomingMessage) => req.method === 'POST' && /\/global\/addresses(\?|$)/.test(req.url ?? '');

/** The plan for ONE_BACKEND holding only the address insert, and clients whose endpoint answers as `handle` says. */
async function addressInsert(handle: (req: IncomingMessage, res: ServerResponse) => boolean) {
  const h = await harness();
  const p = await plan(h, workspace().write(ONE_BACKEND));
  const insert = p.steps.find((s) => s.id === 'create:globalAddress/lb-ip')!;
  const f = await front(handle, h.em.endpoint);
  return { h, f, single: { ...p, steps: [insert], edges: [] } as Plan, clients: computeClients({ endpoint: f.endpoint }) };
}

describe('an operation DONE with an error that lists no errors', () => {
  const shapes: [string, Record<string, unknown>, string][] = [
    ['an empty errors list, with the HTTP status GCP gives a failed operation', { error: { errors: [] }, httpErrorStatusCode: 400, httpErrorMessage: 'BAD REQUEST' }, `operation ${OP} failed: BAD REQUEST (HTTP 400)`],
    ['no errors list at all, only the HTTP status code', { error: {}, httpErrorStatusCode: 503 }, `operation ${OP} failed: GCP gave no message (HTTP 503)`],
    ['an error of its own message, before the HTTP message', { error: { message: 'Internal error. Please try again or contact Google Support.' }, httpErrorStatusCode: 500, httpErrorMessage: 'INTERNAL SERVER ERROR' }, `operation ${OP} failed: Internal error. Please try again or contact Google Support. (HTTP 500)`],
    ['an error that is a bare string', { error: 'backend unavailable' }, `operation ${OP} failed: backend unavailable`],
    ['a blank message, then the HTTP message', { error: { errors: [], message: '  ' }, httpErrorMessage: 'CONFLICT' }, `operation ${OP} failed: CONFLICT`],
    ['only a status message', { error: { errors: [] }, statusMessage: 'Resource creation was interrupted' }, `operation ${OP} failed: Resource creation was interrupted`],
    ['nothing to say at all', { error: {} }, `operation ${OP} failed: GCP gave no message`],
  ];

  it.each(shapes)('answered at once by the insert, %s: the step fails, saying so, and is not sent again', async (_, extra, sentence) => {
    const { f, single, clients } = await addressInsert((req, res) => isAddressInsert(req) && (req.resume(), answer(res, 200, doneOperation(extra)), true));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', sentence]]);
    expect(result.failed).toBe(1);
    expect(f.taken.filter((u) => u.includes('/global/addresses'))).toHaveLength(1);
  });

  it('answered by operations.wait after the insert was RUNNING, with an empty errors list: the step fails with the HTTP message', async () => {
    const { f, single, clients } = await addressInsert((req, res) => {
      if (isAddressInsert(req)) return req.resume(), answer(res, 200, doneOperation({ status: 'RUNNING', progress: 0, endTime: undefined })), true;
      if (req.method === 'POST' && req.url?.includes(`/global/operations/${OP}/wait`)) return answer(res, 200, doneOperation({ error: { errors: [] }, httpErrorStatusCode: 412, httpErrorMessage: 'PRECONDITION FAILED' })), true;
      return false;
    });
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', `operation ${OP} failed: PRECONDITION FAILED (HTTP 412)`]]);
    expect(f.taken.filter((u) => u.includes('/wait'))).toHaveLength(1);
  });

  it('an error of null is no error: the insert GCP answered DONE without one is done', async () => {
    const { single, clients } = await addressInsert((req, res) => isAddressInsert(req) && (req.resume(), answer(res, 200, doneOperation({ error: null })), true));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['done', undefined]]);
  });

  it('an errors list with an entry: the step fails with that entry\'s message and code, as before', async () => {
    const first = { code: 'RESOURCE_IN_USE_BY_ANOTHER_RESOURCE', message: "The address resource 'projects/my-project/global/addresses/lb-ip' is already being used by 'projects/my-project/global/forwardingRules/x'" };
    const { single, clients } = await addressInsert((req, res) => isAddressInsert(req) && (req.resume(), answer(res, 200, doneOperation({ error: { errors: [first] }, httpErrorStatusCode: 400, httpErrorMessage: 'BAD REQUEST' })), true));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', `${first.message} (RESOURCE_IN_USE_BY_ANOTHER_RESOURCE)`]]);
  });

  it.each([
    ['a message and no code', { message: 'Quota exceeded.' }, 'Quota exceeded. (operation error)'],
    ['a code and no message', { code: 'QUOTA_EXCEEDED' }, 'QUOTA_EXCEEDED (QUOTA_EXCEEDED)'],
  ])('an errors entry with %s: the step fails with what the entry holds', async (_, entry, sentence) => {
    const { single, clients } = await addressInsert((req, res) => isAddressInsert(req) && (req.resume(), answer(res, 200, doneOperation({ error: { errors: [entry] } })), true));
    const result = await applyPlan(single, clients, { secret: none, retryBaseMs: 1 });
    expect(result.outcomes.map((o) => [o.status, o.error])).toEqual([['failed', sentence]]);
  });
});
