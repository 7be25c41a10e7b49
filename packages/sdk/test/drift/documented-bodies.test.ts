// The bodies Litmos documents, as its pages lay them out: the elements of each `/org/*` delta
// listing and of `/achievements`, in the documented order and spelling, with values of our own
// where the pages show placeholders (`string [max length 50]`, `true/false`, `integer`). Whatever
// our spec says, the default policy must read every one of them, in XML and in JSON alike.
import { operations } from '@litmos-kit/client/operations';
import type { OperationDef } from '@litmos-kit/core';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../operation-codecs.js';

/** A documented element and what it holds: s string, i integer, f float, b boolean, d date, t time, n nil, e empty. */
type Kind = 's' | 'i' | 'f' | 'b' | 'd' | 't' | 'n' | 'e';

interface Documented {
  readonly operation: keyof typeof operations;
  readonly root: string;
  readonly item: string;
  /** `Name:kind` per element, in the documented order. */
  readonly elements: string;
}

const user =
  'Id:s UserName:s FirstName:s LastName:s FullName:s Email:s AccessLevel:s DisableMessages:b Active:b Skype:s PhoneWork:s PhoneMobile:s LastLogin:d LoginKey:s IsCustomUsername:b TimeZone:s SalesforceId:s OriginalId:i Street1:s Street2:s City:s State:s PostalCode:s Country:s CompanyName:s JobTitle:s CustomField1:s CustomField2:s CustomField3:s Culture:s CustomField4:s CustomField5:s CustomField6:s CustomField7:s CustomField8:s CustomField9:s CustomField10:s SalesforceContactId:s SalesforceAccountId:s CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i Brand:s ManagerId:s ManagerName:s EnableTextNotification:b Website:s Twitter:s ExpirationDate:d ExternalEmployeeId:s';

// The delta listings page ("Date Range Delta Queries Via API").
const delta: Documented[] = [
  { operation: 'listChangedUsers', root: 'Users', item: 'User', elements: user },
  { operation: 'listUserLogins', root: 'Users', item: 'User', elements: user },
  {
    operation: 'listChangedModuleResults',
    root: 'ModuleResults',
    item: 'ModuleResult',
    elements:
      'Id:s UserId:s OrginalModuleId:i OriginalUserId:i ModuleResultId:i Active:b Name:s Passmark:i Score:i UserName:s Completed:b AttemptNumber:i CreatedBy:i FinishedDate:d CreatedDate:d StartedDate:d TimeTaken:t UpdatedDate:d Code:s',
  },
  {
    operation: 'listChangedCourseResults',
    root: 'UserResults',
    item: 'UserResult',
    // The page lists UpdatedDate twice; the second is left out here (see the test below).
    elements:
      'Id:s UserId:s OriginalUserId:i OriginalCourseId:i Name:s Active:b CreatedDate:d UpdatedDate:d StartedDate:d Completed:b PercentageComplete:f CompletedDate:d UpToDate:b Overdue:b CompliantTillDate:d DueDate:d LastAttemptDate:d CreatedBy:i Code:s Username:s',
  },
  {
    operation: 'listChangedLearningPathResults',
    root: 'LearningPathResults',
    item: 'LearningPathResult',
    elements:
      'Id:s UserId:s OriginalLearningPathId:i OriginalUserId:i Active:b Name:s PercentageComplete:f Completed:b CreatedDate:d UpdatedDate:d CompliantTillDate:n StartDate:d FinishDate:d CreatedBy:i',
  },
  {
    operation: 'listChangedAchievements',
    root: 'Achievements',
    item: 'Achievement',
    elements:
      'Id:s UserId:s CourseId:s LearningPathId:s OriginalAchievementId:i OriginalUserId:i OriginalCourseId:i OriginalLearningPathId:i CompliantTillDate:d Title:s AchievementDate:d Type:s CertificateId:i CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i',
  },
  {
    operation: 'listChangedModules',
    root: 'Modules',
    item: 'Module',
    elements: 'Id:s OriginalId:i Name:s Description:s Active:b Passmark:i CreatedDate:d UpdatedDate:d CreatedBy:i ModuleType:s',
  },
  {
    operation: 'listChangedCourses',
    root: 'Courses',
    item: 'Course',
    elements:
      'Id:s Code:s Name:s Active:b ForSale:b OriginalCourseId:i Description:s EcommerceShortDescription:s EcommerceLongDescription:s CourseCodeForBulkImport:s Price:f AccessTillDate:d AccessTillDays:i CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i CompliantTillDays:i TimeLimitDate:d TimeLimitDays:i DisplayOrder:i IncludeInLibrary:b CourseImageURL:s',
  },
  {
    operation: 'listChangedLearningPaths',
    root: 'LearningPaths',
    item: 'LearningPath',
    elements:
      'Id:s Name:s Description:s Active:b OriginalId:i ForSale:b Price:f EcommerceShortDescription:s EcommerceLongDescription:s AccessTillDate:d AccessTillDays:i CreatedDate:d UpdatedDate:d CreatedBy:i DisplayOrder:i IncludeInLibrary:b IsCourseOrderOptional:b ImageURL:s',
  },
  {
    operation: 'listChangedCourseModules',
    root: 'CourseModules',
    item: 'CourseModule',
    elements: 'CourseId:s Id:s OriginalCourseId:i OriginalModuleId:i Active:b CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i',
  },
  {
    operation: 'listChangedLearningPathCourses',
    root: 'LearningPathCourses',
    item: 'LearningPathCourse',
    elements: 'LearningPathId:s Id:s OriginalLearningPathId:i OriginalCourseId:i Active:b CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i',
  },
  {
    operation: 'listChangedUserCourses',
    root: 'UserCourses',
    item: 'UserCourse',
    elements: 'UserId:s ID:s OriginalUserId:i OriginalCourseId:i Active:b CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i',
  },
  {
    operation: 'listChangedLearningPathUsers',
    root: 'LearningPathUsers',
    item: 'LearningPathUser',
    elements: 'LearningPathId:s Id:s OriginalLearningPathId:i Active:b OriginalUserId:i CreatedBy:i CreatedDate:d UpdatedBy:i UpdatedDate:n',
  },
  {
    operation: 'listChangedTeams',
    root: 'Teams',
    item: 'Team',
    elements: 'Id:s Name:s OriginalTeamId:i Active:b CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i ParentTeamId:s TeamCodeForBulkImport:s',
  },
  {
    operation: 'listChangedTeamUsers',
    root: 'TeamUsers',
    item: 'TeamUser',
    elements: 'TeamId:s Id:s OriginalTeamId:i OriginalUserId:i Active:b IsTeamLeader:b IsTeamAdmin:b CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i',
  },
  {
    operation: 'listChangedTeamCourses',
    root: 'TeamCourses',
    item: 'TeamCourse',
    elements:
      'TeamId:s Id:s OriginalCourseId:i OriginalTeamId:i Active:b IsInTeamLibrary:b LearningPathAssignment:b CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i',
  },
  {
    operation: 'listChangedTeamLearningPaths',
    root: 'TeamLearningPaths',
    item: 'TeamLearningPath',
    elements: 'TeamId:s Id:s OriginalLearningPathId:i OriginalTeamId:i Active:b IsInTeamLibrary:b CreatedDate:d UpdatedDate:d CreatedBy:i UpdatedBy:i',
  },
];

// The achievements page ("Achievements (API)"): an older layout without Description and the
// fields after Type, and `nil="true"` without its namespace prefix.
const achievements: Documented = {
  operation: 'listAchievements',
  root: 'Achievements',
  item: 'Achievement',
  elements: 'UserId:s Title:s AchievementDate:d CourseId:s CompliantTillDate:n Score:s Result:s Type:s',
};

const DATE = '2026-10-29T14:05:09';
const xmlText: Record<Kind, string> = { s: 'Field Operations', i: '404487', f: '87.5', b: 'true', d: DATE, t: '00:12:30', n: '', e: '' };
const jsonValue: Record<Kind, unknown> = {
  s: 'Field Operations',
  i: 404487,
  f: 87.5,
  b: true,
  d: `/Date(${Date.parse(`${DATE}Z`)})/`,
  t: '00:12:30',
  n: null,
  e: '',
};
const fields = (doc: Documented) => doc.elements.split(' ').map((pair) => pair.split(':') as [string, Kind]);

function xmlOf(doc: Documented, prefixNil = true): string {
  const item = fields(doc)
    .map(([name, kind]) =>
      kind === 'n'
        ? `<${name} ${prefixNil ? 'i:nil' : 'nil'}="true"${prefixNil ? '/>' : `>datetime [iso 8601 format]</${name}>`}`
        : `<${name}>${xmlText[kind]}</${name}>`,
    )
    .join('\n    ');
  return `<${doc.root} xmlns:i="http://www.w3.org/2001/XMLSchema-instance">\n  <${doc.item}>\n    ${item}\n  </${doc.item}>\n</${doc.root}>`;
}
const jsonOf = (doc: Documented) => JSON.stringify([Object.fromEntries(fields(doc).map(([name, kind]) => [name, jsonValue[kind]]))]);

/** The decoded record holds every documented element, under the spec's name when the page spells it another way. */
function expectEveryElement(
  doc: Documented,
  value: unknown,
  op: OperationDef,
  drift: readonly { kind: string; path: readonly (string | number)[]; expected: string }[],
) {
  const [row] = value as Record<string, unknown>[];
  expect(row).toBeDefined();
  for (const [name] of fields(doc)) {
    const renamed = drift.find((issue) => issue.kind === 'respelled' && issue.path[1] === name)?.expected;
    expect(row, `${op.id}: ${name}`).toHaveProperty(renamed ?? name);
  }
}

describe.each([...delta, achievements].map((doc) => [doc.operation, doc] as const))('the documented %s body', (_name, doc) => {
  const op = operations[doc.operation] as OperationDef;

  it('is read from XML and JSON alike, every element kept, the values typed', () => {
    const xml = decodeBody(op, xmlOf(doc, doc !== achievements), 'application/xml');
    const json = decodeBody(op, jsonOf(doc), 'application/json');
    expect(xml.value).toEqual(json.value);
    expectEveryElement(doc, xml.value, op, xml.drift);
    const [row] = xml.value as Record<string, unknown>[];
    for (const [name, kind] of fields(doc)) {
      const value = row?.[name];
      if (value === undefined) continue; // renamed, checked above
      if (kind === 'd') expect(value, name).toBe(`${DATE}.000Z`);
      if (kind === 'n') expect(value, name).toBeNull();
    }
    // Every documented element is in the spec with the documented type: at most fields of later
    // releases are reported missing, and other spellings renamed.
    expect(xml.drift).toEqual(json.drift);
    expect(xml.drift.filter((issue) => issue.kind !== 'missing' && issue.kind !== 'respelled')).toEqual([]);
  });
});

it('reads the course results body with UpdatedDate twice, as the page lists it, keeping both', () => {
  const doc = delta.find((d) => d.operation === 'listChangedCourseResults') as Documented;
  const twice = xmlOf(doc).replace('<CreatedBy>', `<UpdatedDate>${DATE}</UpdatedDate><CreatedBy>`);
  const { value, drift } = decodeBody(operations.listChangedCourseResults, twice, 'application/xml');
  expect((value as Record<string, unknown>[])[0]?.UpdatedDate).toEqual([DATE, DATE]);
  expect(drift).toContainEqual(expect.objectContaining({ kind: 'mismatch', pattern: '[].UpdatedDate', received: 'array' }));
});

it('reports the fields the older achievements layout lacks, once each', () => {
  const { drift } = decodeBody(operations.listAchievements, xmlOf(achievements, false), 'application/xml');
  expect(drift.map((issue) => [issue.kind, issue.pattern])).toEqual([
    ['missing', '[].Description'],
    ['missing', '[].FirstName'],
    ['missing', '[].LastName'],
    ['missing', '[].AchievementId'],
    ['missing', '[].CertificateId'],
  ]);
});
