// A date-only `--since` (2026-11-01) means the same moment to the CLI as to the SDK: midnight
// UTC, whether it goes through formatQueryDate (one call) or resolveDeltaRange (delta windows).
import { formatQueryDate, resolveDeltaRange } from '@litmos-kit/sdk';
import { describe, expect, it } from 'vitest';
import { formatLitmosDate, parseDateOption } from './parse-date-option.js';

describe('a date-only since', () => {
  it('is midnight UTC in the CLI, formatQueryDate and resolveDeltaRange alike', () => {
    const cli = formatLitmosDate(parseDateOption('2026-11-01', '--since'));
    expect(cli).toBe('2026-11-01 00:00:00');
    expect(formatQueryDate('2026-11-01')).toBe(cli);
    expect(resolveDeltaRange('2026-11-01', '2026-11-08', { now: Date.parse('2026-12-01T00:00:00Z') }).since).toBe(cli);
  });
});
