// The XML writer follows the order of a write body's properties, and Litmos' XML reader ignores
// elements out of order. These are the element orders of create requests Litmos accepted (201),
// as recorded by public clients; each must be a subsequence of the spec's property order.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const spec = JSON.parse(readFileSync(new URL('../dist/openapi.json', import.meta.url), 'utf8'));
const order = (schema: string) => Object.keys(spec.components.schemas[schema].properties);
const isSubsequence = (part: string[], whole: string[]) => {
  let at = 0;
  for (const name of whole) if (name === part[at]) at++;
  return at === part.length;
};

it.each([
  // Trifoia litmos-sdk, test/assets/users-post-raw.json at 29485b0 (XML, 2019).
  ['UserWrite', 'Id UserName FirstName LastName FullName Email AccessLevel DisableMessages Active LastLogin LoginKey IsCustomUsername SkipFirstLogin TimeZone'],
  // python-litmos-api, tests/fixtures/users-create.yml (JSON, 2016), less Culture, which it sent
  // last; where an XML body puts Culture is version-dependent (see UserWrite.Culture).
  ['UserWrite', 'Id UserName FirstName LastName FullName Email AccessLevel DisableMessages Active Skype PhoneWork PhoneMobile LastLogin LoginKey IsCustomUsername Password SkipFirstLogin TimeZone Street1 Street2 City State PostalCode Country CompanyName JobTitle CustomField1 CustomField2 CustomField4 CustomField5 CustomField6 CustomField7 CustomField8 CustomField9 CustomField10'],
  // python-litmos-api, tests/fixtures/teams-create.yml (JSON, 2016).
  ['TeamWrite', 'Id Name Description'],
])('%s keeps the order of an accepted create request', (schema, recorded) => {
  expect(isSubsequence(recorded.split(' '), order(schema)), order(schema).join(' ')).toBe(true);
});
