// Records that pass the spec's schemas, for the runtime tests and benchmarks.
import { createLitmos, type LitmosOptions } from '../../src/index.js';

export const CANARY_KEY = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** An achievement (GET /achievements row) with a distinct UserId/Title per `n`. */
export function achievement(n: number) {
  return {
    UserId: `U${n}`,
    Title: `Course ${n}`,
    Description: null,
    AchievementDate: '2026-10-01T10:00:00Z',
    CourseId: `C${n}`,
    CompliantTillDate: null,
    Score: '90',
    Result: 'Passed',
    Type: 'Course',
    FirstName: 'Ada',
    LastName: `Lovelace ${n}`,
    AchievementId: 3_000_000 + n,
    CertificateId: null,
  };
}

/** A person as GET /org/users/details returns it (OrgUser), with Id `P<n>`. */
export function orgUser(n: number) {
  return {
    Id: `P${n}`,
    UserName: `person${n}@example.com`,
    FirstName: 'Ada',
    LastName: `Lovelace ${n}`,
    FullName: `Ada Lovelace ${n}`,
    Email: `person${n}@example.com`,
    AccessLevel: 'Learner',
    DisableMessages: false,
    Active: true,
    Skype: null,
    PhoneWork: null,
    PhoneMobile: '+15554443333',
    LastLogin: '2026-11-20T08:30:00Z',
    LoginKey: `https://example.litmos.com/login.aspx?loginkey=${n}`,
    IsCustomUsername: false,
    TimeZone: 'GMT Standard Time',
    SalesforceId: null,
    OriginalId: 4_000_000 + n,
    Street1: '1 Main Street',
    Street2: null,
    City: 'London',
    State: null,
    PostalCode: 'N1 9GU',
    Country: 'United Kingdom',
    CompanyName: 'Acme',
    JobTitle: 'Analyst',
    CustomField1: null,
    CustomField2: null,
    CustomField3: null,
    Culture: 'en-GB',
    CustomField4: null,
    CustomField5: null,
    CustomField6: null,
    CustomField7: null,
    CustomField8: null,
    CustomField9: null,
    CustomField10: null,
    SalesforceContactId: null,
    SalesforceAccountId: null,
    CreatedDate: '2025-01-15T09:00:00Z',
    UpdatedDate: '2026-11-20T08:31:00Z',
    CreatedBy: 1001,
    UpdatedBy: 1001,
    Brand: 'Default',
    ManagerId: null,
    ManagerName: null,
    EnableTextNotification: false,
    Website: null,
    Twitter: null,
    ExpirationDate: null,
    ExternalEmployeeId: `E${n}`,
  };
}

/** A JSON client for a local test server, quick to retry and unpaced unless asked. */
export function testClient(baseUrl: string, options: Partial<LitmosOptions> = {}) {
  return createLitmos({
    apiKey: CANARY_KEY,
    source: 'runtime-tests',
    baseUrl,
    format: 'json',
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    rateLimit: false,
    ...options,
  });
}
