/**
 * The approval and the comment around it, on src/ (approval.ts, comment.ts): the exact lines written,
 * every malformed line refused, which approval counts for a merged pull request, what a plan's digest
 * covers. The expected lines are written out by hand here: the oracle is the format the comment
 * promises, not the code that writes it.
 */
import { describe, expect, it } from 'vitest';
import { approvalLine, approvalMismatch, approvedDigest, parseApprovalLine, planDigest, type Approval } from '../../src/action/approval.js';
import { commentBody, commentHeading, inertSection, previousSections, readApproval, readRecord, sectionBudget, sectionMarker } from '../../src/action/comment.js';
import { parseRecordLine } from '../../src/action/record.js';
import { blockers, judge } from '../../src/action/verdict.js';
import type { Plan } from '../../src/plan/index.js';

const HEAD = 'a'.repeat(40);
const D1 = '1'.repeat(64);
const URL7 = 'https://github.com/acme/infra/pull/7';
const approval: Approval = { pr: 7, url: URL7, head: HEAD, plans: { 'lb/web.yaml': D1 } };
const LINE = `<!-- lb-plan:approval {"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"lb/web.yaml":"${D1}"}} -->`;
/** The approval line for a JSON text written by hand. */
const line = (json: string) => `<!-- lb-plan:approval ${json} -->`;

describe('the approval line (src/action/approval.ts)', () => {
  it('is one HTML comment of versioned JSON, exactly as written here', () => {
    expect(approvalLine(approval)).toBe(LINE);
    expect(parseApprovalLine(LINE)).toEqual(approval);
  });

  it('escapes <, > and & in file names (\\u003c, \\u003e, \\u0026), so no name can end the comment early; the name reads back whole', () => {
    const file = 'lb/--><b>&x.yaml';
    const written = approvalLine({ ...approval, plans: { [file]: D1 } });
    expect(written).toBe(line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"lb/--\\u003e\\u003cb\\u003e\\u0026x.yaml":"${D1}"}}`));
    expect(written.indexOf('-->')).toBe(written.length - 3);
    expect(parseApprovalLine(written)?.plans).toEqual({ [file]: D1 });
  });

  it('an approval with no plan at all reads back with no plan (and approves nothing)', () => {
    expect(parseApprovalLine(line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{}}`))).toEqual({ ...approval, plans: {} });
  });

  it('keeps only what an approval holds: other keys of the JSON are dropped', () => {
    expect(parseApprovalLine(line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{},"extra":true}`))).toEqual({ pr: 7, url: URL7, head: HEAD, plans: {} });
  });

  const bad: [string, string][] = [
    ['another prefix', LINE.replace('lb-plan:approval', 'lb-plan:approved')],
    ['text before it', ` ${LINE}`],
    ['text after it', `${LINE} `],
    ['no closing -->', LINE.slice(0, -4)],
    ['not JSON', line('{v:1}')],
    ['JSON null', line('null')],
    ['a JSON string', line('"x"')],
    ['version 2', line(`{"v":2,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{}}`)],
    ['no version', line(`{"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{}}`)],
    ['the version as a string', line(`{"v":"1","pr":7,"url":"${URL7}","head":"${HEAD}","plans":{}}`)],
    ['the number as a string', line(`{"v":1,"pr":"7","url":"${URL7}","head":"${HEAD}","plans":{}}`)],
    ['no URL', line(`{"v":1,"pr":7,"head":"${HEAD}","plans":{}}`)],
    ['the URL as a number', line(`{"v":1,"pr":7,"url":7,"head":"${HEAD}","plans":{}}`)],
    ['a head of 39 hex digits', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${'a'.repeat(39)}","plans":{}}`)],
    ['a head of 41 hex digits', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${'a'.repeat(41)}","plans":{}}`)],
    ['a head in capitals', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${'A'.repeat(40)}","plans":{}}`)],
    ['a head with a non-hex letter', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${'g'.repeat(40)}","plans":{}}`)],
    ['the head as a number', line(`{"v":1,"pr":7,"url":"${URL7}","head":1,"plans":{}}`)],
    ['the head as a list of one good head', line(`{"v":1,"pr":7,"url":"${URL7}","head":["${HEAD}"],"plans":{}}`)],
    ['no plans', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}"}`)],
    ['plans null', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":null}`)],
    ['plans as a list', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":["${D1}"]}`)],
    ['plans as a string', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":"${D1}"}`)],
    ['plans as a number', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":5}`)],
    ['plans as true', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":true}`)],
    ['a digest of 63 hex digits', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":"${'1'.repeat(63)}"}}`)],
    ['a digest with a non-hex letter', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":"${'z'.repeat(64)}"}}`)],
    ['a digest in capitals', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":"${'A'.repeat(64)}"}}`)],
    ['a digest of 65 hex digits', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":"${'1'.repeat(65)}"}}`)],
    ['a digest with a letter after it', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":"${D1}x"}}`)],
    ['a digest with a letter before it', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":"x${D1}"}}`)],
    ['a digest as a number', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":1}}`)],
    ['a digest as a list of one good digest', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"f":["${D1}"]}}`)],
    ['one good digest beside a bad one', line(`{"v":1,"pr":7,"url":"${URL7}","head":"${HEAD}","plans":{"a":"${D1}","f":"x"}}`)],
  ];
  for (const [what, text] of bad) {
    it(`refuses a line with ${what}`, () => {
      expect(parseApprovalLine(text)).toBeUndefined();
    });
  }
});

describe('which approval counts for a merged pull request (approvalMismatch, approvedDigest)', () => {
  const merged = { number: 7, url: URL7, headSha: HEAD };

  it('the approval of this pull request at its merged head counts', () => {
    expect(approvalMismatch(approval, merged)).toBeUndefined();
  });
  it('none at all: "has no approved plan"', () => {
    expect(approvalMismatch(undefined, merged)).toBe('pull request #7 has no approved plan (no plan was made for it, or it was closed since)');
  });
  it("another pull request's number, or its URL with this number: made for another pull request", () => {
    const other = "the approval in pull request #7's comment was made for another pull request";
    expect(approvalMismatch({ ...approval, pr: 8 }, merged)).toBe(other);
    expect(approvalMismatch({ ...approval, url: 'https://github.com/acme/other/pull/7' }, merged)).toBe(other);
  });
  it('another head: a commit was pushed after the last plan, both commits named', () => {
    expect(approvalMismatch(approval, { ...merged, headSha: 'b'.repeat(40) })).toBe(
      'pull request #7 was merged at `bbbbbbb`, but its last plan was made for `aaaaaaa`: a commit was pushed after the last plan, so no plan of what was merged was reviewed',
    );
  });
  it("a manifest's digest only under its own name, never an inherited property", () => {
    expect(approvedDigest(approval, 'lb/web.yaml')).toBe(D1);
    expect(approvedDigest(approval, 'lb/api.yaml')).toBeUndefined();
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(approvedDigest(approval, name)).toBeUndefined();
  });
});

describe("a plan's digest covers what changes and how, not when or what GCP's fingerprints were", () => {
  /** A plan with the fields the digest reads (the rest of a Plan is beside the point here). */
  const plan = (over: { digest?: string; project?: string; action?: string; changes?: unknown[]; id?: string; body?: object; fingerprint?: string; createdAt?: string } = {}) =>
    ({
      formatVersion: 1,
      createdAt: over.createdAt ?? '2026-12-05T00:00:00Z',
      manifest: { file: 'lb/web.yaml', digest: over.digest ?? 'm1', name: 'web', project: over.project ?? 'p1' },
      observed: [],
      resources: [{ address: 'urlMap/web', action: over.action ?? 'update', changes: over.changes ?? [{ path: 'defaultService', before: 'a', after: 'b' }] }],
      steps: [{ id: over.id ?? 'patch:urlMap/web', operation: { type: 'call', method: 'patch', body: over.body ?? { defaultService: 'b' }, fingerprint: over.fingerprint ?? 'fp1' } }],
      edges: [],
    }) as unknown as Plan;

  it('is 64 hex digits, the same for the same plan', () => {
    expect(planDigest(plan())).toMatch(/^[0-9a-f]{64}$/);
    expect(planDigest(plan())).toBe(planDigest(plan()));
  });
  it('ignores the time the plan was made and the fingerprints its steps carry', () => {
    expect(planDigest(plan({ createdAt: '2027-01-01T00:00:00Z', fingerprint: 'fp2' }))).toBe(planDigest(plan()));
  });
  const changed: [string, Parameters<typeof plan>[0]][] = [
    ["the manifest's digest", { digest: 'm2' }],
    ['the project', { project: 'p2' }],
    ["a resource's action", { action: 'replace' }],
    ["a resource's changes", { changes: [{ path: 'defaultService', before: 'a', after: 'c' }] }],
    ["a step's id", { id: 'patch:urlMap/other' }],
    ["a step's request body", { body: { defaultService: 'c' } }],
  ];
  for (const [what, over] of changed) {
    it(`changes with ${what}`, () => {
      expect(planDigest(plan(over))).not.toBe(planDigest(plan()));
    });
  }
});

describe('the comment around the approval (src/action/comment.ts)', () => {
  it('is written as: marker, approval, record, heading, status, lead, each section behind its marker, footer', () => {
    const body = commentBody({
      approval,
      record: { commit: 'b'.repeat(40), manifests: { 'lb/web.yaml': { status: 'applied' } } },
      status: '**1 to apply**',
      lead: ['First.', 'Second.'],
      sections: [
        { file: 'lb/web.yaml', body: '### web\n\nplan\n\n\n' },
        { file: 'lb/a b.yaml', body: '### a b' },
      ],
      footer: '<sub>foot</sub>',
    });
    expect(body).toBe(
      [
        '<!-- lb-plan:comment -->',
        LINE,
        `<!-- lb-plan:applied {"v":1,"commit":"${'b'.repeat(40)}","manifests":{"lb/web.yaml":{"status":"applied"}}} -->`,
        '## lb-plan',
        '',
        '**1 to apply**',
        '',
        'First.',
        '',
        'Second.',
        '',
        '<!-- lb-plan:plan file=lb%2Fweb.yaml -->',
        '### web\n\nplan',
        '',
        '<!-- lb-plan:plan file=lb%2Fa%20b.yaml -->',
        '### a b',
        '',
        '<sub>foot</sub>',
        '',
      ].join('\n'),
    );
  });

  it('without approval, record, status or lead: marker, heading, sections, footer', () => {
    expect(commentBody({ label: 'prod', sections: [{ file: 'f', body: 'x' }], footer: 'end' })).toBe('<!-- lb-plan:comment label=prod -->\n## lb-plan · prod\n\n<!-- lb-plan:plan file=f -->\nx\n\nend\n');
    expect(commentHeading()).toBe('## lb-plan');
    expect(sectionMarker('lb/a b.yaml')).toBe('<!-- lb-plan:plan file=lb%2Fa%20b.yaml -->');
  });

  it('nothing in a status, a lead or a section can open an HTML comment: every "<!" becomes "&lt;!"', () => {
    expect(inertSection('a <!-- x --> b <!x')).toBe('a &lt;!-- x --> b &lt;!x');
    const body = commentBody({ status: 'status <!--', lead: ['lead <!--'], sections: [{ file: 'f', body: `${LINE}\n<!-- lb-plan:plan file=g -->` }], footer: '' });
    expect(body.split('\n').filter((l) => l.includes('<!'))).toEqual(['<!-- lb-plan:comment -->', '<!-- lb-plan:plan file=f -->']);
  });

  it('reads the approval only from the line right after its marker, with \\n or \\r\\n line ends', () => {
    expect(readApproval(`<!-- lb-plan:comment -->\n${LINE}\n## lb-plan\n`)).toEqual(approval);
    expect(readApproval(`<!-- lb-plan:comment -->\r\n${LINE}\r\n## lb-plan\r\n`)).toEqual(approval);
    expect(readApproval(`<!-- lb-plan:comment -->\n## lb-plan\n${LINE}\n`)).toBeUndefined();
    expect(readApproval(`## lb-plan\n${LINE}\n`)).toBeUndefined();
    expect(readApproval(`<!-- lb-plan:comment label=prod -->\n${LINE}\n`)).toBeUndefined();
    expect(readApproval(`<!-- lb-plan:comment label=prod -->\n${LINE}\n`, 'prod')).toEqual(approval);
    expect(readApproval(`<!-- lb-plan:comment -->`)).toBeUndefined();
  });

  it('reads the record right after the approval, or right after the marker when there is no approval; nowhere else', () => {
    const rec = `<!-- lb-plan:applied {"v":1,"commit":"${'b'.repeat(40)}","manifests":{}} -->`;
    const expected = { commit: 'b'.repeat(40), manifests: {} };
    expect(readRecord(`<!-- lb-plan:comment -->\n${LINE}\n${rec}\n`)).toEqual(expected);
    expect(readRecord(`<!-- lb-plan:comment -->\n${rec}\n`)).toEqual(expected);
    expect(readRecord(`<!-- lb-plan:comment -->\n## lb-plan\n${rec}\n`)).toBeUndefined();
    expect(readRecord(`<!-- lb-plan:comment -->\n${LINE}\n## lb-plan\n${rec}\n`)).toBeUndefined();
    expect(readRecord(`x\n${rec}\n`)).toBeUndefined();
  });

  it('previousSections: each file its section, the footer cut from the last, a marker that is not well formed skipped', () => {
    const body = '<!-- lb-plan:comment -->\n## lb-plan\n\n<!-- lb-plan:plan file=lb%2Fa.yaml -->\nA\n\n<!-- lb-plan:plan file=%E0%A4%A -->\nbad\n\n<!-- lb-plan:plan file=b.yaml -->\nB <sub>kept</sub>\n\n<sub>footer</sub>\n';
    expect(previousSections(body)).toEqual(
      new Map([
        ['lb/a.yaml', 'A\n'],
        ['b.yaml', 'B <sub>kept</sub>\n'],
      ]),
    );
    expect(previousSections('<!-- lb-plan:plan file=x.yaml no end')).toEqual(new Map());
    expect(previousSections('<!-- lb-plan:plan file=x.yaml -->\nonly\n')).toEqual(new Map([['x.yaml', 'only\n']]));
  });

  it('previousSections: only the last section loses a footer, which starts a line; text without one is kept to its last character', () => {
    expect(previousSections('<!-- lb-plan:plan file=a -->\nA\n<sub>in A</sub>\n<!-- lb-plan:plan file=b -->\nB\n<sub>footer</sub>')).toEqual(
      new Map([
        ['a', 'A\n<sub>in A</sub>\n'],
        ['b', 'B\n'],
      ]),
    );
    expect(previousSections('<!-- lb-plan:plan file=b -->\nlast words')).toEqual(new Map([['b', 'last words\n']]));
    expect(previousSections('<!-- lb-plan:plan file=b -->\n\n<sub>footer</sub>')).toEqual(new Map([['b', '\n']]));
    expect(previousSections('<!-- lb-plan:plan file= -->\nX\n')).toEqual(new Map([['', 'X\n']]));
  });

  it("sectionBudget: GitHub's 65,536 less 2,000, less per manifest 280 and its encoded name three times, shared out", () => {
    // 'lb/web.yaml' encodes as 'lb%2Fweb.yaml' (13 characters).
    expect(sectionBudget(['lb/web.yaml'])).toBe(65_536 - 2_000 - (3 * 13 + 280));
    expect(sectionBudget(['lb/web.yaml', 'a'])).toBe(Math.floor((65_536 - 2_000 - (3 * 13 + 280) - (3 * 1 + 280)) / 2));
    expect(sectionBudget([])).toBe(65_536 - 2_000);
  });
});

describe('the apply record refuses look-alikes of its fields (src/action/record.ts)', () => {
  const C = 'b'.repeat(40);
  const rec = (json: string) => `<!-- lb-plan:applied ${json} -->`;
  it('a commit or a rest digest given as a list of one good value is refused', () => {
    expect(parseRecordLine(rec(`{"v":1,"commit":["${C}"],"manifests":{}}`))).toBeUndefined();
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":{"f":{"status":"failed","rest":["${D1}"]}}}`))).toBeUndefined();
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":{"f":{"status":"failed","rest":"${D1}"}}}`))).toEqual({ commit: C, manifests: { f: { status: 'failed', rest: D1 } } });
  });
  it('a failed manifest may carry no rest (nothing left could be planned)', () => {
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":{"f":{"status":"failed"}}}`))).toEqual({ commit: C, manifests: { f: { status: 'failed' } } });
  });
  it('the commit is exactly 40 hex digits: one more, or a letter before or after, is refused', () => {
    for (const commit of [`${C}b`, `x${C}`, `${C}x`, C.slice(1)]) expect(parseRecordLine(rec(`{"v":1,"commit":"${commit}","manifests":{}}`)), commit).toBeUndefined();
  });
  it('a rest digest is exactly 64 hex digits: one more, or a letter before or after, is refused', () => {
    for (const rest of [`${D1}1`, `x${D1}`, `${D1}x`]) expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":{"f":{"status":"failed","rest":"${rest}"}}}`)), rest).toBeUndefined();
  });
  it('a manifest applied at this commit is done, saying so', () => {
    expect(judge({ gate: { required: false }, file: 'f', digest: D1, empty: false, record: { status: 'applied' } })).toEqual({ kind: 'done', why: 'applied by an earlier attempt of this job at this commit; a re-run applies nothing again' });
  });
  it('manifests as a number or a boolean is refused (not an empty record)', () => {
    for (const m of ['5', 'true', '"applied"']) expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":${m}}`)), m).toBeUndefined();
  });
  it('an applied manifest carries no rest; manifests must be a mapping of records', () => {
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":{"f":{"status":"applied","rest":"${D1}"}}}`))).toBeUndefined();
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":[]}`))).toBeUndefined();
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":{"f":null}}`))).toBeUndefined();
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}","manifests":{"f":"applied"}}`))).toBeUndefined();
    expect(parseRecordLine(rec(`{"v":1,"commit":"${C}"}`))).toBeUndefined();
    expect(parseRecordLine(` ${rec(`{"v":1,"commit":"${C}","manifests":{}}`)}`)).toBeUndefined();
    expect(parseRecordLine(`${rec(`{"v":1,"commit":"${C}","manifests":{}}`)} `)).toBeUndefined();
  });
});

describe('the verdict without an approval says so; blockers of outcomes that were neither judged nor failed', () => {
  it('"no approved plan" when the gate holds neither an approval nor a problem', () => {
    expect(judge({ gate: { required: true }, file: 'f', digest: D1, empty: false })).toEqual({ kind: 'refuse', failure: 'no-approved-plan', why: 'no approved plan' });
  });
  it('an outcome with neither a verdict nor a failure blocks nothing', () => {
    expect(blockers([{ file: 'a' }, { file: 'b', failure: 'validation' }])).toEqual(['b']);
  });
});
