import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQueryDate, normalizeLitmosDate } from './litmos-date.js';

/** The rule written the plain way (a pattern and `Date`): the hand-written fast paths must agree with it. */
function reference(text: string): string | undefined {
  const iso = (ms: number) => {
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  };
  const wcf = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(text);
  if (wcf) return iso(Number(wcf[1]));
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return undefined;
  const zone = m[8] ?? 'Z';
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return iso(Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${(m[7] ?? '').slice(0, 4)}${offset}`));
}

const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
// Every part in and just out of range: month 13, day 32, 30 February, hour 24, second 60.
const isoText = fc
  .tuple(
    digits(4, 9999),
    digits(2, 13),
    digits(2, 32),
    fc.constantFrom('T', ' '),
    digits(2, 24),
    digits(2, 60),
    digits(2, 60),
    fc.option(fc.stringMatching(/^\.\d{1,8}$/), { nil: '' }),
    fc.constantFrom('', 'Z', '+02:00', '-0530', 'z', '+2'),
  )
  .map(([y, mo, d, sep, h, mi, s, fraction, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${fraction}${zone}`);
const wcfText = fc
  .tuple(fc.integer({ min: -9e15, max: 9e15 }), fc.constantFrom('', '+0000', '-0500', '+12', '+0a00'))
  .map(([ms, offset]) => `/Date(${ms}${offset})/`);

describe('normalizeLitmosDate', () => {
  it('gives the answer of the plain rule for ISO and WCF text, valid or not', () => {
    fc.assert(
      fc.property(fc.oneof(isoText, wcfText, fc.string({ maxLength: 30 })), (text) => {
        expect(normalizeLitmosDate(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2026-10-29T14:05:09', '2026-10-29T14:05:09.000Z'],
    ['2026-10-29 14:05:09.1234567', '2026-10-29T14:05:09.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2026-10-29T14:05:09.5+02:00', '2026-10-29T12:05:09.500Z'],
    ['/Date(1793282709000)/', '2026-10-29T14:05:09.000Z'],
    ['/Date(1793282709000-0500)/', '2026-10-29T14:05:09.000Z'],
    ['/Date(-1)/', '1969-12-31T23:59:59.999Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(normalizeLitmosDate(text)).toBe(iso);
  });

  it.each(['', '2026-13-01T00:00:00', '2026-10-29T14:05:60', '12/31/2025 12:00:00 AM', '/Date()/'])('does not read %j as a date', (text) => {
    expect(normalizeLitmosDate(text)).toBeUndefined();
  });
});

describe('formatQueryDate', () => {
  it('writes UTC without a zone, as Litmos reads query dates', () => {
    expect(formatQueryDate(new Date('2026-10-29T14:05:09.123Z'))).toBe('2026-10-29 14:05:09');
    expect(formatQueryDate('2026-10-29 14:05:09')).toBe('2026-10-29 14:05:09');
    expect(() => formatQueryDate('soon')).toThrow(TypeError);
  });
});
