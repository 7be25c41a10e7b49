import { describe, expect, it } from 'vitest';
import { MAX_WINDOW_MS, resolveDeltaRange, splitDeltaRange } from './delta-windows.js';

const now = Date.parse('2026-11-25T12:00:00.400Z');

describe('resolveDeltaRange', () => {
  it.each([
    ['Litmos form', '2026-11-01 00:00:00', '2026-11-08 00:00:00'],
    ['ISO with Z', '2026-11-01T00:00:00Z', '2026-11-08T00:00:00.999Z'],
    ['ISO without zone (UTC)', '2026-11-01T00:00:00', '2026-11-08T00:00:00'],
    ['a date only', '2026-11-01', '2026-11-08'],
    ['Dates', new Date('2026-11-01T00:00:00Z'), new Date('2026-11-08T00:00:00Z')],
  ])('reads %s and writes YYYY-MM-DD HH:MM:SS in UTC', (_name, since, to) => {
    expect(resolveDeltaRange(since, to, { now })).toEqual({ since: '2026-11-01 00:00:00', to: '2026-11-08 00:00:00' });
  });

  it('moves a `to` of now or later a little into the future, so Litmos includes today', () => {
    expect(resolveDeltaRange('2026-11-20 00:00:00', new Date(now), { now }).to).toBe('2026-11-25 12:05:01');
    expect(resolveDeltaRange('2026-11-20 00:00:00', '2027-01-01 00:00:00', { now, futureMarginMs: 60_000 }).to).toBe('2026-11-25 12:01:01');
    // A `to` in the past is left as it is.
    expect(resolveDeltaRange('2026-11-20 00:00:00', '2026-11-25 11:59:59', { now }).to).toBe('2026-11-25 11:59:59');
  });

  it.each([
    ['`to` before `since`', '2026-11-08 00:00:00', '2026-11-01 00:00:00', /`to` to be after `since`/],
    ['`to` equal to `since`', '2026-11-01 00:00:00', '2026-11-01 00:00:00', /`to` to be after `since`/],
    ['an invalid since', 'yesterday', '2026-11-01 00:00:00', /`since`/],
    ['an impossible date', '2026-13-45 00:00:00', '2026-11-01 00:00:00', /`since`/],
    ['an invalid Date', new Date(Number.NaN), new Date(now), /`since`/],
    ['a number', 1, '2026-11-01 00:00:00', /`since`/],
  ])('throws a TypeError for %s', (_name, since, to, message) => {
    expect(() => resolveDeltaRange(since as never, to as never, { now })).toThrow(TypeError);
    expect(() => resolveDeltaRange(since as never, to as never, { now })).toThrow(message);
  });
});

describe('splitDeltaRange', () => {
  it('cuts a range into touching windows of at most 7 days', () => {
    const windows = splitDeltaRange({ since: '2026-10-01 06:30:00', to: '2026-10-21 00:00:00' });
    expect(windows).toEqual([
      { index: 0, since: '2026-10-01 06:30:00', to: '2026-10-08 06:30:00' },
      { index: 1, since: '2026-10-08 06:30:00', to: '2026-10-15 06:30:00' },
      { index: 2, since: '2026-10-15 06:30:00', to: '2026-10-21 00:00:00' },
    ]);
    for (const w of windows) expect(Date.parse(`${w.to}Z`) - Date.parse(`${w.since}Z`)).toBeLessThanOrEqual(MAX_WINDOW_MS);
  });

  it('keeps a range of exactly 7 days in one window, and has none for a range in the future', () => {
    expect(splitDeltaRange({ since: '2026-11-01 00:00:00', to: '2026-11-08 00:00:00' })).toHaveLength(1);
    expect(splitDeltaRange({ since: '2026-11-01 00:00:00', to: '2026-11-08 00:00:01' })).toHaveLength(2);
    const future = resolveDeltaRange('2027-01-01 00:00:00', '2027-02-01 00:00:00', { now });
    expect(splitDeltaRange(future)).toEqual([]);
  });
});
