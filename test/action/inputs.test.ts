/** The Action's numeric input has the CLI flag's bounds, checked before anything runs. */
import { describe, expect, it } from 'vitest';
import { InputError, readSettings } from '../../src/action/settings.js';

const settings = (parallelism: string) => readSettings((name) => (name === 'parallelism' ? parallelism : ''));

describe('input parallelism', () => {
  it.each(['0', '101', '4.5', 'lots', '-1', '1e2', '0x10'])('"%s" is refused, naming the bounds', (value) => {
    expect(() => settings(value)).toThrow(InputError);
    expect(() => settings(value)).toThrow(`input parallelism must be a whole number from 1 to 100, not "${value}"`);
  });

  it.each([['', 10], ['1', 1], ['100', 100], [' 25 ', 25]])('"%s" gives %d', (value, n) => {
    expect(settings(value).parallelism).toBe(n);
  });
});
