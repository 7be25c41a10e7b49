// Bodies of our own making, one or more per way a real Litmos body differs from the spec, each in
// XML and in JSON as Litmos would send it. Every entry says what the SDK must hand out (the same
// value for both formats) and which differences it must report. Re-spelled fields are in
// respelled-paging.test.ts (a variant the spec declares, across pages) and respelling.test.ts
// (the rule, on a schema of our own making).
import type { DriftKind } from '@litmos-kit/core';

export interface CorpusEntry {
  readonly name: string;
  readonly operation: 'listAchievements' | 'listChangedTeams';
  readonly xml: string;
  readonly json: string;
  /** What both bodies decode to. */
  readonly expected: unknown;
  /** The differences reported, as `[kind, pattern]`, for the XML body and the JSON body. */
  readonly drift: { readonly xml: readonly (readonly [DriftKind, string])[]; readonly json: readonly (readonly [DriftKind, string])[] };
}

const NS = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';
const wcf = (iso: string) => `/Date(${Date.parse(`${iso}Z`)})/`;
const utc = (iso: string) => `${iso}.000Z`;

// ---- a team as GET /org/teams sends it ---------------------------------------------------------

const teamXml = (inner: string) => `<Teams ${NS}><Team>${inner}</Team></Teams>`;
const teamJson = (fields: string) => `[{${fields}}]`;

const team = {
  Id: 'Tm6zXc9VbN4m1',
  Name: 'Field Operations',
  OriginalTeamId: 404487,
  Active: true,
  CreatedDate: utc('2026-10-02T09:00:00'),
  UpdatedDate: utc('2026-11-03T15:22:10'),
  CreatedBy: 4100001,
  UpdatedBy: 4100001,
  ParentTeamId: '',
  TeamCodeForBulkImport: '404487-FieldOps',
};
const teamTail = {
  xml: '<CreatedDate>2026-10-02T09:00:00</CreatedDate><UpdatedDate>2026-11-03T15:22:10</UpdatedDate><CreatedBy>4100001</CreatedBy><UpdatedBy>4100001</UpdatedBy>',
  json: `"CreatedDate":"${wcf('2026-10-02T09:00:00')}","UpdatedDate":"${wcf('2026-11-03T15:22:10')}","CreatedBy":4100001,"UpdatedBy":4100001`,
};

// ---- an achievement as GET /achievements sends it --------------------------------------------

const achievementRow = {
  UserId: 'Qm3vXb7LpT2k1',
  Title: 'Workplace Safety Basics',
  Description: null,
  AchievementDate: utc('2026-10-29T14:05:09'),
  CourseId: 'Cs2dFg6HkL9m1',
  Result: 'Completed',
  Type: 'Online Course',
  FirstName: 'Ana',
  LastName: 'Souza',
  AchievementId: 3120077,
  CertificateId: null,
};

export const corpus: readonly CorpusEntry[] = [
  {
    // The achievements page's own example leaves these two out.
    name: 'missing: an achievement without CompliantTillDate and Score',
    operation: 'listAchievements',
    xml: `<Achievements ${NS}><Achievement><UserId>Qm3vXb7LpT2k1</UserId><Title>Workplace Safety Basics</Title><Description i:nil="true"/><AchievementDate>2026-10-29T14:05:09</AchievementDate><CourseId>Cs2dFg6HkL9m1</CourseId><Result>Completed</Result><Type>Online Course</Type><FirstName>Ana</FirstName><LastName>Souza</LastName><AchievementId>3120077</AchievementId><CertificateId i:nil="true"/></Achievement></Achievements>`,
    json: `[{"UserId":"Qm3vXb7LpT2k1","Title":"Workplace Safety Basics","Description":null,"AchievementDate":"${wcf('2026-10-29T14:05:09')}","CourseId":"Cs2dFg6HkL9m1","Result":"Completed","Type":"Online Course","FirstName":"Ana","LastName":"Souza","AchievementId":3120077,"CertificateId":null}]`,
    expected: [achievementRow],
    drift: {
      xml: [
        ['missing', '[].CompliantTillDate'],
        ['missing', '[].Score'],
      ],
      json: [
        ['missing', '[].CompliantTillDate'],
        ['missing', '[].Score'],
      ],
    },
  },
  {
    // Fields added in later releases are absent from older accounts' answers, row after row.
    name: 'missing: two teams without ParentTeamId and TeamCodeForBulkImport',
    operation: 'listChangedTeams',
    xml: `<Teams ${NS}><Team><Id>Tm6zXc9VbN4m1</Id><Name>Field Operations</Name><OriginalTeamId>404487</OriginalTeamId><Active>true</Active>${teamTail.xml}</Team><Team><Id>Tm2pQr5StU8v1</Id><Name>Field Operations North</Name><OriginalTeamId>404488</OriginalTeamId><Active>false</Active>${teamTail.xml}</Team></Teams>`,
    json: `[{"Id":"Tm6zXc9VbN4m1","Name":"Field Operations","OriginalTeamId":404487,"Active":true,${teamTail.json}},{"Id":"Tm2pQr5StU8v1","Name":"Field Operations North","OriginalTeamId":404488,"Active":false,${teamTail.json}}]`,
    expected: [
      {
        Id: 'Tm6zXc9VbN4m1',
        Name: 'Field Operations',
        OriginalTeamId: 404487,
        Active: true,
        ...pick(team, 'CreatedDate', 'UpdatedDate', 'CreatedBy', 'UpdatedBy'),
      },
      {
        Id: 'Tm2pQr5StU8v1',
        Name: 'Field Operations North',
        OriginalTeamId: 404488,
        Active: false,
        ...pick(team, 'CreatedDate', 'UpdatedDate', 'CreatedBy', 'UpdatedBy'),
      },
    ],
    drift: {
      xml: [
        ['missing', '[].ParentTeamId'],
        ['missing', '[].TeamCodeForBulkImport'],
      ],
      json: [
        ['missing', '[].ParentTeamId'],
        ['missing', '[].TeamCodeForBulkImport'],
      ],
    },
  },
  {
    name: 'unknown: a team with a field and a nested record the spec does not know',
    operation: 'listChangedTeams',
    xml: teamXml(
      `<Id>Tm6zXc9VbN4m1</Id><Name>Field Operations</Name><OriginalTeamId>404487</OriginalTeamId><Active>true</Active>${teamTail.xml}<ParentTeamId/><TeamCodeForBulkImport>404487-FieldOps</TeamCodeForBulkImport><Colour>teal</Colour><Owner><Id>Ow1nR5tYu7Io1</Id><Name>Owner</Name></Owner>`,
    ),
    json: teamJson(
      `"Id":"Tm6zXc9VbN4m1","Name":"Field Operations","OriginalTeamId":404487,"Active":true,${teamTail.json},"ParentTeamId":"","TeamCodeForBulkImport":"404487-FieldOps","Colour":"teal","Owner":{"Id":"Ow1nR5tYu7Io1","Name":"Owner"}`,
    ),
    expected: [{ ...team, Colour: 'teal', Owner: { Id: 'Ow1nR5tYu7Io1', Name: 'Owner' } }],
    drift: {
      xml: [
        ['unknown', '[].Colour'],
        ['unknown', '[].Owner'],
      ],
      json: [
        ['unknown', '[].Colour'],
        ['unknown', '[].Owner'],
      ],
    },
  },
  {
    // JSON that carries booleans and numbers as text, and a number where an id string belongs;
    // XML is all text, so only a boolean outside XML Schema's spelling is a difference there.
    name: 'string-typed: "true", numeric strings, a number for a string id',
    operation: 'listChangedTeams',
    xml: teamXml(
      `<Id>Tm6zXc9VbN4m1</Id><Name>12345</Name><OriginalTeamId> 404487 </OriginalTeamId><Active>True</Active>${teamTail.xml}<ParentTeamId/><TeamCodeForBulkImport>404487-FieldOps</TeamCodeForBulkImport>`,
    ),
    json: teamJson(
      `"Id":"Tm6zXc9VbN4m1","Name":12345,"OriginalTeamId":"404487","Active":"true",${teamTail.json.replace('"CreatedBy":4100001', '"CreatedBy":"4100001"')},"ParentTeamId":"","TeamCodeForBulkImport":"404487-FieldOps"`,
    ),
    expected: [{ ...team, Name: '12345' }],
    drift: {
      xml: [['coerced', '[].Active']],
      json: [
        ['coerced', '[].Name'],
        ['coerced', '[].OriginalTeamId'],
        ['coerced', '[].Active'],
        ['coerced', '[].CreatedBy'],
      ],
    },
  },
  {
    name: 'mismatch: values that mean nothing in the spec type are kept as sent',
    operation: 'listChangedTeams',
    xml: teamXml(
      `<Id>Tm6zXc9VbN4m1</Id><Name>Field Operations</Name><OriginalTeamId>404487.5</OriginalTeamId><Active>yes</Active>${teamTail.xml}<ParentTeamId/><TeamCodeForBulkImport>404487-FieldOps</TeamCodeForBulkImport>`,
    ),
    json: teamJson(
      `"Id":"Tm6zXc9VbN4m1","Name":"Field Operations","OriginalTeamId":404487.5,"Active":"yes",${teamTail.json},"ParentTeamId":"","TeamCodeForBulkImport":"404487-FieldOps"`,
    ),
    expected: [{ ...team, OriginalTeamId: 404487.5, Active: 'yes' }],
    drift: {
      xml: [
        ['mismatch', '[].OriginalTeamId'],
        ['mismatch', '[].Active'],
      ],
      json: [
        ['mismatch', '[].OriginalTeamId'],
        ['mismatch', '[].Active'],
      ],
    },
  },
  {
    // `i:nil` is null whether the spec knows the element or not, and whether it allows null or not.
    name: 'nil: on an element the spec does not know, and on one it says is never null',
    operation: 'listChangedTeams',
    xml: teamXml(
      `<Id>Tm6zXc9VbN4m1</Id><Name>Field Operations</Name><OriginalTeamId>404487</OriginalTeamId><Active>true</Active>${teamTail.xml}<ParentTeamId i:nil="true"/><TeamCodeForBulkImport>404487-FieldOps</TeamCodeForBulkImport><Skype i:nil="true"/>`,
    ),
    json: teamJson(
      `"Id":"Tm6zXc9VbN4m1","Name":"Field Operations","OriginalTeamId":404487,"Active":true,${teamTail.json},"ParentTeamId":null,"TeamCodeForBulkImport":"404487-FieldOps","Skype":null`,
    ),
    expected: [{ ...team, ParentTeamId: null, Skype: null }],
    drift: {
      xml: [
        ['mismatch', '[].ParentTeamId'],
        ['unknown', '[].Skype'],
      ],
      json: [
        ['mismatch', '[].ParentTeamId'],
        ['unknown', '[].Skype'],
      ],
    },
  },
];

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>;
}
