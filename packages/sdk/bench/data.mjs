// Realistic generated data for the benchmarks: people as GET /org/users/details returns them
// (the OrgUser shape), written as Litmos writes them in XML and in JSON.

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Edsger', 'Barbara', 'Dennis', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Dijkstra', 'Liskov', 'Ritchie', "O'Brien"];
const CITIES = [
  ['London', 'United Kingdom'],
  ['Sydney', 'Australia'],
  ['Austin', 'United States'],
  ['Zürich', 'Switzerland'],
  [null, null],
];
const ZONES = ['GMT Standard Time', 'AUS Eastern Standard Time', 'Central Standard Time', 'UTC'];

/** Seeded pseudo-random numbers, so every run benchmarks the same data. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 19);

/** `count` people, as plain objects in the spec's field order, dates as zone-less ISO strings. */
export function people(count, seed = 42) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const maybe = (value, p = 0.5) => (rand() < p ? value : null);
  return Array.from({ length: count }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const [city, country] = pick(CITIES);
    const user = `${first}.${last}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    const created = Date.UTC(2024, 0, 1) + Math.floor(rand() * 6e10);
    return {
      Id: `${Math.floor(rand() * 36 ** 8).toString(36)}Ab${i}`,
      UserName: `${user}@example.com`,
      FirstName: first,
      LastName: last,
      FullName: `${first} ${last}`,
      Email: `${user}@example.com`,
      AccessLevel: rand() < 0.9 ? 'Learner' : 'Team_Leader',
      DisableMessages: rand() < 0.1,
      Active: rand() < 0.95,
      Skype: null,
      PhoneWork: maybe(`+4420${Math.floor(rand() * 1e8)}`, 0.3),
      PhoneMobile: maybe(`+61${Math.floor(rand() * 1e9)}`),
      LastLogin: rand() < 0.2 ? '' : iso(created + 1e9),
      LoginKey: `https://acme.litmos.com/login.aspx?loginkey=${Math.floor(rand() * 1e12).toString(16)}-${i}`,
      IsCustomUsername: false,
      TimeZone: pick(ZONES),
      SalesforceId: null,
      OriginalId: 4_000_000 + i,
      Street1: maybe(`${1 + Math.floor(rand() * 200)} High Street`),
      Street2: null,
      City: city,
      State: null,
      PostalCode: maybe(`${Math.floor(rand() * 9000) + 1000}`),
      Country: country,
      CompanyName: 'Acme & Sons',
      JobTitle: maybe(pick(['Analyst', 'Engineer', 'Nurse', 'Driver', 'Manager'])),
      CustomField1: maybe('Region <North>', 0.3),
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
      CreatedDate: iso(created),
      UpdatedDate: iso(created + 2e9),
      CreatedBy: 1001,
      UpdatedBy: 1000 + Math.floor(rand() * 20),
      Brand: 'Default',
      ManagerId: maybe(`Mg${Math.floor(rand() * 1e6)}`, 0.4),
      ManagerName: null,
      EnableTextNotification: false,
      Website: null,
      Twitter: null,
      ExpirationDate: null,
      ExternalEmployeeId: `E${100000 + i}`,
    };
  });
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

/** A page of people as Litmos' WCF stack writes it in XML. */
export function peopleXml(list) {
  const fields = (person) =>
    Object.entries(person)
      .map(([name, value]) => (value === null ? `<${name} i:nil="true"/>` : value === '' ? `<${name}/>` : `<${name}>${escapeXml(String(value))}</${name}>`))
      .join('');
  return `<?xml version="1.0" encoding="utf-8"?><Users xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${list.map((p) => `<User>${fields(p)}</User>`).join('')}</Users>`;
}

/** The same page in JSON: a bare array, dates with `Z` as Litmos' JSON user rows carry them. */
export function peopleJson(list) {
  const dated = new Set(['LastLogin', 'CreatedDate', 'UpdatedDate', 'ExpirationDate']);
  return JSON.stringify(list.map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, dated.has(k) && v ? `${v}Z` : v]))));
}
