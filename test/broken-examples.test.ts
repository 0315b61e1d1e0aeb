/** Each broken example fails with exactly the FILE:LINE:COLUMN lines in its .expected file. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const dir = 'examples/broken';
const broken = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('broken examples', () => {
  it('exist', () => {
    expect(broken.length).toBeGreaterThanOrEqual(6);
  });

  it.each(broken)('%s gives the expected errors, exit 1, no stack trace', async (file) => {
    const path = `${dir}/${file}`;
    const expected = readFileSync(path.replace(/\.yaml$/, '.expected'), 'utf8').trimEnd().split('\n');
    const r = await cli('validate', path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(expected);
    expect(lines.at(-1)).toMatch(new RegExp(`^${expected.length} errors? in 1 of 1 file$`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports all files at once, with a total', async () => {
    const r = await cli('validate', 'examples/http.yaml', ...broken.map((f) => `${dir}/${f}`));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('examples/http.yaml: OK (serverless-lb: 6 resources)\n');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`errors in ${broken.length} of ${broken.length + 1} files$`));
  });
});
