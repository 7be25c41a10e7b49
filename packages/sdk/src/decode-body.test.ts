import { listAchievements } from '@litmos-kit/client/operations';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../test/operation-codecs.js';
import { LitmosParseError, LitmosValidationError } from './errors.js';

const XML = 'application/xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const NS = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';

const achievementXml = (inner = '') => `<Achievement>
  <UserId>Qm3vXb7LpT2k1</UserId><Title>Safety &amp; Health</Title><Description i:nil="true"/>
  <AchievementDate>2026-10-29T14:05:09.1234567</AchievementDate><CourseId/>
  <CompliantTillDate i:nil="true"/><Score>0085</Score><Result>Completed</Result><Type>Online Course</Type>
  <FirstName>Ana</FirstName><LastName>Souza</LastName><AchievementId>3120077</AchievementId><CertificateId>Ct9</CertificateId>${inner}
</Achievement>`;

const decode = (text: string, type: string | null = XML) => decodeBody(listAchievements, text, type, { policy: 'strict' }).value;

describe('decodeBody (XML)', () => {
  it('reads a list of one item as an array, with nil, empty, numbers and dates as the schema says', () => {
    const [row, ...rest] = decode(`<Achievements ${NS}>${achievementXml()}</Achievements>`) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(row).toEqual({
      UserId: 'Qm3vXb7LpT2k1',
      Title: 'Safety & Health',
      Description: null,
      AchievementDate: '2026-10-29T14:05:09.123Z',
      CourseId: '',
      CompliantTillDate: null,
      Score: '0085',
      Result: 'Completed',
      Type: 'Online Course',
      FirstName: 'Ana',
      LastName: 'Souza',
      AchievementId: 3120077,
      CertificateId: 'Ct9',
    });
  });

  it.each([
    ['self-closing root', `<Achievements ${NS}/>`],
    ['empty root', `<Achievements ${NS}></Achievements>`],
    ['root with whitespace', `<?xml version="1.0" encoding="utf-8"?>\n<Achievements ${NS}>\n  \n</Achievements>\n`],
  ])('reads an empty list (%s) as []', (_name, text) => {
    expect(decode(text)).toEqual([]);
  });

  it('keeps elements the spec does not know yet, and reports them (strict: refuses them)', () => {
    const text = `<Achievements>${achievementXml('<BadgeColour>teal</BadgeColour>')}</Achievements>`;
    const { value, drift } = decodeBody(listAchievements, text, XML);
    expect((value as Record<string, unknown>[])[0]?.BadgeColour).toBe('teal');
    expect(drift).toEqual([{ kind: 'unknown', path: [0, 'BadgeColour'], pattern: '[].BadgeColour', expected: 'no such field', received: 'string' }]);
    expect(() => decode(text)).toThrow(LitmosValidationError);
  });

  it.each([
    ['an HTML error page', '<html><head><title>Request Error</title></head><body>boom</body></html>', 'text/html'],
    ['an HTML page labelled as XML', '<html><body>Service Unavailable</body></html>', XML],
    ['a body cut between elements', `<Achievements>${achievementXml()}`, XML],
    ['a body cut inside an element', `<Achievements>${achievementXml()}`.slice(0, 120), XML],
    ['a body cut inside text', '<Achievements><Achievement><UserId>Qm3v', XML],
    ['plain text', 'Rating Limit Exceeded', 'text/plain'],
    ['an empty body', '', XML],
  ])('turns %s into a LitmosParseError that keeps the body', (_name, text, type) => {
    const error = (() => {
      try {
        decode(text, type);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LitmosParseError);
    expect((error as LitmosParseError).body).toBe(text);
    expect((error as LitmosParseError).contentType).toBe(type);
  });

  it('reports a value of the wrong type as a LitmosValidationError with the path', () => {
    const text = `<Achievements>${achievementXml().replace('<AchievementId>3120077', '<AchievementId>three')}</Achievements>`;
    try {
      decode(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LitmosValidationError);
      expect((error as LitmosValidationError).issues[0]?.path).toEqual([0, 'AchievementId']);
      expect((error as LitmosValidationError).message).toContain('0.AchievementId');
    }
  });

  it('refuses an entity expansion bomb with a typed error', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "${'A'.repeat(5000)}">]><Achievements><Achievement><Title>${'&a;'.repeat(2000)}</Title></Achievement></Achievements>`;
    expect(() => decode(bomb)).toThrow(LitmosParseError);
  });
});

describe('decodeBody (JSON)', () => {
  const row = {
    UserId: 'Qm3vXb7LpT2k1',
    Title: 'T',
    Description: null,
    AchievementDate: '/Date(1793282709000)/',
    CourseId: 'Cs2dFg6HkL9m1',
    CompliantTillDate: '/Date(1824629400000-0500)/',
    Score: null,
    Result: null,
    Type: 'Online Course',
    FirstName: 'Ana',
    LastName: 'Souza',
    AchievementId: 3120077,
    CertificateId: null,
  };

  it('normalises both WCF and ISO dates to ISO 8601 UTC', () => {
    expect(decode(JSON.stringify([row, { ...row, AchievementDate: '2026-10-29T14:05:09Z' }]), JSON_TYPE)).toEqual([
      { ...row, AchievementDate: '2026-10-29T14:05:09.000Z', CompliantTillDate: '2027-10-27T09:30:00.000Z' },
      { ...row, AchievementDate: '2026-10-29T14:05:09.000Z', CompliantTillDate: '2027-10-27T09:30:00.000Z' },
    ]);
  });

  it('reads "" as null for a nullable date ("never")', () => {
    expect(decode(JSON.stringify([{ ...row, CompliantTillDate: '' }]), JSON_TYPE)).toEqual([
      { ...row, AchievementDate: '2026-10-29T14:05:09.000Z', CompliantTillDate: null },
    ]);
  });

  it('reads [] as an empty list', () => {
    expect(decode('[]', JSON_TYPE)).toEqual([]);
  });

  it('turns truncated JSON into a LitmosParseError', () => {
    expect(() => decode(JSON.stringify([row]).slice(0, 40), JSON_TYPE)).toThrow(LitmosParseError);
  });

  it('rejects a wrapper object where a bare array belongs, under every policy: a list needs a list', () => {
    for (const policy of ['report', 'strict', 'off'] as const) {
      expect(() => decodeBody(listAchievements, JSON.stringify({ Achievements: [row] }), JSON_TYPE, { policy })).toThrow(LitmosValidationError);
    }
  });

  it('rejects a record that misses a required field when strict, and reads it otherwise', () => {
    const { UserId: _omit, ...partial } = row;
    expect(() => decode(JSON.stringify([partial]), JSON_TYPE)).toThrow(/first at 0\.UserId: missing/);
    const { value, drift } = decodeBody(listAchievements, JSON.stringify([partial]), JSON_TYPE);
    expect(value).toEqual([{ ...partial, AchievementDate: '2026-10-29T14:05:09.000Z', CompliantTillDate: '2027-10-27T09:30:00.000Z' }]);
    expect(drift).toEqual([{ kind: 'missing', path: [0, 'UserId'], pattern: '[].UserId', expected: 'string of at most 50 characters', received: 'missing' }]);
  });
});
