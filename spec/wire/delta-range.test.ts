// Litmos' since/to rule for delta calls, as both local servers apply it.
import { describe, expect, it } from 'vitest';
import { MAX_DELTA_RANGE_MS, parseDeltaDate, readDeltaRange } from './index.js';

describe('readDeltaRange', () => {
  it('takes a range of up to exactly 7 days in the strict form', () => {
    expect(readDeltaRange('2026-11-01 00:00:00', '2026-11-08 00:00:00')).toEqual({ since: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 10, 8) });
    expect(readDeltaRange('2026-11-01 10:00:00', '2026-11-01 10:00:00')).toBeDefined();
    expect(MAX_DELTA_RANGE_MS).toBe(604_800_000);
  });

  it('refuses a missing value, another form, a reversed range and one second over 7 days', () => {
    expect(readDeltaRange(null, '2026-11-08 00:00:00')).toBeUndefined();
    expect(readDeltaRange('2026-11-01 00:00:00', undefined)).toBeUndefined();
    expect(readDeltaRange('2026-11-01', '2026-11-02')).toBeUndefined();
    expect(readDeltaRange('2026-11-01T00:00:00Z', '2026-11-02 00:00:00')).toBeUndefined();
    expect(readDeltaRange('2026-11-08 00:00:00', '2026-11-01 00:00:00')).toBeUndefined();
    expect(readDeltaRange('2026-11-01 00:00:00', '2026-11-08 00:00:01')).toBeUndefined();
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseDeltaDate('2026-02-30 00:00:00')).toBeUndefined();
    expect(parseDeltaDate('2026-11-01 25:00:00')).toBeUndefined();
    expect(parseDeltaDate('2026-11-01 10:00:60')).toBeUndefined();
  });
});
