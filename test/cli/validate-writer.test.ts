/**
 * dist/validate.cjs writes its output with writeSync (src/cli/validate-main.ts), not through process.stdout:
 * all of it, in order, multi-byte text whole; and when the descriptor refuses, the rest goes through the
 * stream, in order.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writer } from '../../src/cli/validate-main.js';

describe("validate's writer", () => {
  it('writes every text to the descriptor, in order, multi-byte characters whole', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lb-plan-writer-')), 'out');
    const fd = openSync(file, 'w');
    const viaStream: string[] = [];
    const write = writer(fd, () => ({ write: (b: Buffer) => viaStream.push(b.toString()) }) as unknown as NodeJS.WriteStream);
    const texts = ['a.yaml: OK\n', 'naïve → 😀 '.repeat(10_000), '\n', ''];
    for (const t of texts) write(t);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(texts.join(''));
    expect(viaStream).toEqual([]);
  });

  it('sends the rest through the stream once the descriptor refuses, in order', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lb-plan-writer-')), 'out');
    writeFileSync(file, '');
    const fd = openSync(file, 'r'); // read-only: writeSync fails (EBADF), as a full non-blocking pipe fails with EAGAIN
    const viaStream: string[] = [];
    const write = writer(fd, () => ({ write: (b: Buffer) => viaStream.push(b.toString()) }) as unknown as NodeJS.WriteStream);
    write('first\n');
    write('second → \n');
    closeSync(fd);
    expect(viaStream).toEqual(['first\n', 'second → \n']);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
