/**
 * Control characters from manifests and API answers never reach the terminal as instructions
 * (src/cli/terminal-text.ts): both of the CLI's bundles write them as visible JSON escapes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/terminal-text.js';

describe('terminalText', () => {
  it('writes every control character but line feed and tab as its JSON escape, and keeps lb-plan\'s own colours', () => {
    expect(terminalText('a\u001b[2Jb\rc\u0007d\u007fe\u009bf\u2028g\u0000')).toBe('a\\u001b[2Jb\\u000dc\\u0007d\\u007fe\\u009bf\\u2028g\\u0000');
    expect(terminalText('line\n\tindented')).toBe('line\n\tindented');
    expect(terminalText('\u001b[1mbold\u001b[0m \u001b[31mred\u001b[0m \u001b[36mcyan\u001b[0m')).toBe('\u001b[1mbold\u001b[0m \u001b[31mred\u001b[0m \u001b[36mcyan\u001b[0m');
    // Other SGR codes and other sequences are not lb-plan's: escaped.
    expect(terminalText('\u001b[8mhidden\u001b[0m')).toBe('\\u001b[8mhidden\u001b[0m');
    expect(terminalText('\u001b]0;title\u0007')).toBe('\\u001b]0;title\\u0007');
  });

  it('writes the bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) as escapes: they reorder what a terminal shows', () => {
    // "Trojan Source" (CVE-2021-42574): a right-to-left override makes "delete" read as something else.
    for (let c = 0x202a; c <= 0x202e; c++) expect(terminalText(`a${String.fromCharCode(c)}b`)).toBe(`a\\u${c.toString(16)}b`);
    for (let c = 0x2066; c <= 0x2069; c++) expect(terminalText(`a${String.fromCharCode(c)}b`)).toBe(`a\\u${c.toString(16)}b`);
    // Their neighbours are text: the left-to-right and right-to-left marks, the word joiner, Arabic and Hebrew letters.
    expect(terminalText('\u200e\u200f\u2060\u2070 \u05d0\u0627')).toBe('\u200e\u200f\u2060\u2070 \u05d0\u0627');
    expect(JSON.parse(terminalText(JSON.stringify({ s: 'x\u202ey' })))).toEqual({ s: 'x\u202ey' });
  });

  it('leaves JSON meaning the same: DEL, C1 and line separators inside strings become escapes of the same characters', () => {
    const value = { s: 'a\u007fb\u0085c\u2028d\u009b' };
    const written = terminalText(JSON.stringify(value));
    expect(written).not.toMatch(/[\u007f-\u009f\u2028]/);
    expect(JSON.parse(written)).toEqual(value);
  });
});

describe('the CLI as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lb-plan-terminal-'));
  const file = join(dir, 'lb.yaml');
  // YAML's double-quoted escapes put an escape sequence and a carriage return into the value.
  writeFileSync(file, 'apiVersion: lb-plan/v1\nkind: LoadBalancer\nmetadata: { name: lb, project: p }\nfrontend:\n  address: { reserve: lb-ip }\nbackends:\n  hello:\n    serverless: [ { region: us-central1, cloudRun: { service: hello } } ]\nrouting:\n  default: "\\e[2J\\rgone"\n');

  it.each([
    ['validate (its own bundle)', ['validate', file]],
    ['validate -- (the CLI proper)', ['validate', '--', file]],
  ])('%s: the message names the value with its escapes, and writes no control character', (_, args) => {
    const r = spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LB_PLAN_NO_CODE_CACHE: '1' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('backend "\\u001b[2J\\u000dgone" is not declared under backends');
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
