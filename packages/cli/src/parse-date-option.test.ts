import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { formatLitmosDate, parseDateOption } from './parse-date-option.js';

const NOW = Date.parse('2026-11-25T20:30:45.678Z');

describe('parseDateOption', () => {
  it.each([
    { text: 'now', expected: '2026-11-25 20:30:45' },
    { text: 'today', expected: '2026-11-25 00:00:00' },
    { text: 'yesterday', expected: '2026-11-24 00:00:00' },
    { text: '30d', expected: '2026-10-26 20:30:45' },
    { text: '12h', expected: '2026-11-25 08:30:45' },
    { text: '2w', expected: '2026-11-11 20:30:45' },
    { text: '90m', expected: '2026-11-25 19:00:45' },
    { text: '2026-11-01', expected: '2026-11-01 00:00:00' },
    { text: '2026-11-01 08:15:30', expected: '2026-11-01 08:15:30' },
    { text: '2026-11-01T08:15', expected: '2026-11-01 08:15:00' },
    { text: '2026-11-01T08:15:30Z', expected: '2026-11-01 08:15:30' },
    { text: '2026-11-01T10:15:30+02:00', expected: '2026-11-01 08:15:30' },
    { text: ' NOW ', expected: '2026-11-25 20:30:45' },
  ])('reads $text as $expected (UTC, whole seconds)', ({ text, expected }) => {
    expect(formatLitmosDate(parseDateOption(text, '--since', NOW))).toBe(expected);
  });

  it.each(['', 'last week', '2026-13-45', '30', 'd30', '2026/11/01'])('refuses %j with a hint', (text) => {
    const error = (() => {
      try {
        parseDateOption(text, '--to', NOW);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain('--to');
    expect((error as CliError).hint).toMatch(/30d/);
  });
});
