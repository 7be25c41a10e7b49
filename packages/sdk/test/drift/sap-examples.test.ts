// SAP's published reference of the Litmos API carries an example body for the delta listings,
// achievements, activity logs, tokens, collection listings and bulk imports. Those examples
// differ from our spec the way real answers do: fields left out, other spellings, `"true"` for a
// boolean, a number where an id string is expected. Here each one is served by a real HTTP
// server and read through `createLitmos`, as a user would, in the three validation policies.
//
// What the SDK should make of an example is worked out from the bundled spec (its property
// types, `x-litmos-spelling-of`, `x-litmos-sometimes-absent`), not from the SDK, so a decoder
// that drops, renames or converts the wrong thing fails here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLitmos, type DriftEvent, type Litmos, LitmosValidationError, normalizeLitmosDate, type ValidationPolicy } from '../../src/index.js';
import { sendJson, sendText, startTestServer, type TestServer } from '../runtime/http-server.js';
import { deref, type SpecOperation, specOperations } from '../spec-examples.js';

type Json = any;

interface SapExample {
  /** The schema under `components/schemas` of SAP's file whose `example` this is. */
  readonly sapSchema: string;
  /** Our spec's operation whose response the schema describes. */
  readonly operationId: string;
  readonly example: Record<string, unknown>;
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/sap-examples.json', import.meta.url), 'utf8')) as { examples: SapExample[] };

/** A delta range of one day, so a listing is read in a single window. */
const DAY = { since: '2021-07-01 00:00:00', to: '2021-07-02 00:00:00' };

/** Lists are read to the end; a page of one row never comes near this. */
const ALL = { max: 1000 };

/** How a user calls each operation. */
const calls: Record<string, (litmos: Litmos) => Promise<unknown>> = {
  listChangedModules: (l) => l.org.modules.changed(DAY).toArray(ALL),
  listChangedCourses: (l) => l.org.courses.changed(DAY).toArray(ALL),
  listChangedLearningPaths: (l) => l.org.learningPaths.changed(DAY).toArray(ALL),
  listChangedModuleResults: (l) => l.org.modules.results(DAY).toArray(ALL),
  listChangedCourseResults: (l) => l.org.results.changed(DAY).toArray(ALL),
  listChangedLearningPathResults: (l) => l.org.learningPaths.results(DAY).toArray(ALL),
  listChangedAchievements: (l) => l.org.achievements.changed(DAY).toArray(ALL),
  listChangedCourseModules: (l) => l.org.courses.modules(DAY).toArray(ALL),
  listChangedLearningPathCourses: (l) => l.org.learningPaths.courses(DAY).toArray(ALL),
  listChangedUserCourses: (l) => l.org.users.courses(DAY).toArray(ALL),
  listChangedLearningPathUsers: (l) => l.org.learningPaths.users(DAY).toArray(ALL),
  listChangedTeams: (l) => l.org.teams.changed(DAY).toArray(ALL),
  listChangedTeamUsers: (l) => l.org.teams.users(DAY).toArray(ALL),
  listChangedTeamCourses: (l) => l.org.teams.courses(DAY).toArray(ALL),
  listChangedTeamLearningPaths: (l) => l.org.teams.learningPaths(DAY).toArray(ALL),
  listChangedUsers: (l) => l.org.users.changed(DAY).toArray(ALL),
  listAchievements: (l) => l.achievements.list().toArray(ALL),
  listActionActivities: (l) => l.org.activities.actions(DAY).toArray(ALL),
  listAssignmentActivities: (l) => l.org.activities.assignments(DAY).toArray(ALL),
  listContentActivities: (l) => l.org.activities.content(DAY).toArray(ALL),
  listLoginActivities: (l) => l.org.activities.logins(DAY).toArray(ALL),
  listSettingsActivities: (l) => l.org.activities.settings(DAY).toArray(ALL),
  listTokens: (l) => l.tokens.list().toArray(ALL),
  listCollectionListings: (l) => l.collectionListings.list({ collectionId: 'n_76_KM7SEs1' }).toArray(ALL),
  getBulkImport: (l) => l.bulkImports.get({ bulkImportId: 'AICcqH8OZiw1' }),
  createCourseBulkImport: (l) => l.bulkImports.courses.create({ body: [{ CourseTitle: 'Example Course', CourseCode: 'Example-101', Active: true }] }),
};

// ---- what the spec says the SDK should make of an example ---------------------------------

/** The operation, the JSON schema of one record, and whether the answer is a list of them. */
function specOf(example: SapExample): { operation: SpecOperation; record: Json; isList: boolean } {
  const operation = specOperations.find((o) => o.id === example.operationId);
  if (!operation) throw new Error(`${example.operationId} is not in the spec`);
  const success = Object.keys(operation.op.responses).find((status) => status.startsWith('2'));
  const body = deref(success && operation.op.responses[success].content?.['application/json']?.schema);
  if (!body) throw new Error(`${example.operationId} has no JSON success body in the spec`);
  return body.type === 'array' ? { operation, record: deref(body.items), isList: true } : { operation, record: body, isList: false };
}

const DATE_REF = '#/components/schemas/LitmosDateTime';
/** The forms of a property: its JSON types, and whether it is a Litmos date. */
function formsOf(schema: Json): { types: Set<string>; date: boolean; maxLength?: number } {
  const options: Json[] = schema.oneOf ?? schema.anyOf ?? [schema];
  const types = new Set<string>();
  let date = false;
  let maxLength: number | undefined;
  for (const option of options) {
    if (option.$ref === DATE_REF) date = true;
    const node = deref(option);
    for (const type of [node.type ?? []].flat()) types.add(type);
    maxLength ??= node.maxLength;
  }
  return maxLength === undefined ? { types, date } : { types, date, maxLength };
}

const datePattern = new RegExp(deref({ $ref: DATE_REF }).pattern);
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** Whether `value` is what the property declares, as sent. */
function matches(value: unknown, schema: Json): boolean {
  const { types, date, maxLength } = formsOf(schema);
  if (value === null) return types.has('null');
  if (date && typeof value === 'string') return datePattern.test(value);
  switch (typeof value) {
    case 'boolean':
      return types.has('boolean');
    case 'number':
      return types.has('number') || (types.has('integer') && Number.isInteger(value));
    case 'string':
      return types.has('string') && (maxLength === undefined || value.length <= maxLength);
    default:
      return types.size === 0;
  }
}

/** The value a user should get for `value` sent for a property: converted where the meaning is unambiguous, else as sent. */
function expectedValue(value: unknown, schema: Json): unknown {
  const { types, date } = formsOf(schema);
  if (date && typeof value === 'string') return normalizeLitmosDate(value);
  if (typeof value === 'string' && types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (typeof value === 'string' && (types.has('integer') || types.has('number')) && NUMERIC.test(value)) return Number(value);
  if (typeof value === 'number' && types.has('string') && !types.has('number') && !types.has('integer')) return String(value);
  return value;
}

/** Whether a value of the wrong type is one the default policy converts (so a `coerced`, not a `mismatch`). */
function convertible(value: unknown, schema: Json): boolean {
  return expectedValue(value, schema) !== value;
}

interface Expectation {
  /** The record as the user should get it. */
  readonly record: Record<string, unknown>;
  /** `kind path` of every difference between the example and the spec. */
  readonly differences: string[];
  /** Example fields spelled another way: variant → documented name. */
  readonly respelled: Record<string, string>;
  /** Example fields sent as `"true"`/`"false"` that the spec declares boolean. */
  readonly booleanText: string[];
}

function expectationOf(example: SapExample): Expectation {
  const { record: schema, isList } = specOf(example);
  const properties: Record<string, Json> = schema.properties ?? {};
  const at = (name: string) => (isList ? `[].${name}` : name);
  const record: Record<string, unknown> = {};
  const differences: string[] = [];
  const respelled: Record<string, string> = {};
  const booleanText: string[] = [];
  for (const [name, value] of Object.entries(example.example)) {
    const property = properties[name];
    if (!property) {
      differences.push(`unknown ${at(name)}`);
      record[name] = value;
      continue;
    }
    const documented: string = property['x-litmos-spelling-of'] ?? name;
    if (documented !== name) {
      differences.push(`respelled ${at(name)}`);
      respelled[name] = documented;
    }
    const declared = properties[documented];
    // A variant's difference in type is reported where it ends up, under the documented name.
    if (!matches(value, declared)) differences.push(`${convertible(value, declared) ? 'coerced' : 'mismatch'} ${at(documented)}`);
    if ((value === 'true' || value === 'false') && formsOf(declared).types.has('boolean')) booleanText.push(name);
    record[documented] = expectedValue(value, declared);
  }
  for (const [name, property] of Object.entries(properties)) {
    if (property['x-litmos-spelling-of'] !== undefined || property['x-litmos-sometimes-absent'] !== undefined) continue;
    if (!Object.hasOwn(record, name)) differences.push(`missing ${at(name)}`);
  }
  return { record, differences: differences.sort(), respelled, booleanText };
}

// ---- serving an example and reading it like a user -----------------------------------------

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Serves `example` as the JSON body of its endpoint (a one-row page for listings), 404 elsewhere. */
function serve(example: SapExample): void {
  const { operation, isList } = specOf(example);
  const route = new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  server.handler = (req, res, url) => {
    if (req.method !== operation.method || !route.test(url.pathname)) return sendText(res, 404, `no ${req.method} ${url.pathname} here`);
    if (!isList) return sendJson(res, 200, example.example);
    // The rows of the page asked for: the one row at offset 0, nothing after it.
    return sendJson(res, 200, Number(url.searchParams.get('start') ?? 0) === 0 ? [example.example] : []);
  };
}

interface Reader {
  readonly litmos: Litmos;
  readonly drift: DriftEvent[];
}

function reader(validation: ValidationPolicy): Reader {
  const drift: DriftEvent[] = [];
  const litmos = createLitmos({
    apiKey: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    source: 'sap-examples-test',
    baseUrl: server.url,
    format: 'json',
    validation,
    retry: false,
    hooks: { onDrift: (event) => void drift.push(event) },
  });
  return { litmos, drift };
}

/** The records of an answer: the rows of a listing, or the one object. */
const recordsOf = (answer: unknown, isList: boolean) => (isList ? (answer as Record<string, unknown>[]) : [answer as Record<string, unknown>]);
const sortedKeys = (record: Record<string, unknown> | undefined) => Object.keys(record ?? {}).sort();
/** An issue path (`[0, 'CourseId']`) in the form of a drift path (`[].CourseId`). */
const patternOf = (path: readonly PropertyKey[]) => path.map((part) => (typeof part === 'number' ? '[]' : String(part))).join('.');

const summary = { decoded: 0, drifting: 0, strictThrows: 0 };
afterAll(() => {
  // For the closing note of the drift work: how SAP's examples fare.
  console.log(`SAP examples: ${summary.decoded} decode in report mode, ${summary.drifting} drift, ${summary.strictThrows} throw in strict`);
});

it('holds every SAP example the SDK has an operation for, each with a caller here', () => {
  expect(fixture.examples.length).toBeGreaterThan(0);
  for (const example of fixture.examples) {
    expect(calls, example.sapSchema).toHaveProperty(example.operationId);
    expect(() => specOf(example), example.sapSchema).not.toThrow();
  }
});

describe.each(fixture.examples.map((example) => [example.sapSchema, example.operationId, example] as const))(
  'SAP example %s (%s)',
  (_schema, operationId, example) => {
    const call = calls[operationId] as (litmos: Litmos) => Promise<unknown>;
    const { isList } = specOf(example);
    const expected = expectationOf(example);

    it('is read in the default policy: every row, every field under its documented name, values converted where the spec says', async () => {
      serve(example);
      const { litmos, drift } = reader('report');
      const records = recordsOf(await call(litmos), isList);
      // The example is one record: a page of one row, never an empty or shortened one.
      expect(records).toHaveLength(1);
      const [record] = records;
      expect(sortedKeys(record)).toEqual(sortedKeys(expected.record));
      expect(record).toEqual(expected.record);
      for (const [variant, documented] of Object.entries(expected.respelled)) {
        expect(record, `${variant} arrives as ${documented}`).not.toHaveProperty(variant);
        expect(record, `${variant} arrives as ${documented}`).toHaveProperty(documented);
      }
      for (const name of expected.booleanText) expect(typeof record?.[name], `${name} is sent as text, declared boolean`).toBe('boolean');
      summary.decoded++;
      if (drift.length) summary.drifting++;
    });

    it('reports each difference from the spec once, and not again on the same request', async () => {
      serve(example);
      const { litmos, drift } = reader('report');
      await call(litmos);
      expect(drift.map((event) => `${event.kind} ${event.path}`).sort()).toEqual(expected.differences);
      for (const event of drift) expect(event).toMatchObject({ operation: operationId, method: specOf(example).operation.method });
      const reported = drift.length;
      await call(litmos);
      expect(drift).toHaveLength(reported);
    });

    it("throws LitmosValidationError in 'strict' exactly when the default policy reports drift, and reads it otherwise", async () => {
      serve(example);
      const report = reader('report');
      const read = recordsOf(await call(report.litmos), isList);
      const strict = reader('strict');
      if (report.drift.length === 0) {
        expect(recordsOf(await call(strict.litmos), isList)).toEqual(read);
        return;
      }
      const error = await call(strict.litmos).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(LitmosValidationError);
      // The error lists the same places the report named.
      const places = [...new Set((error as LitmosValidationError).issues.map((issue) => patternOf(issue.path)))].sort();
      expect(places).toEqual([...new Set(report.drift.map((event) => event.path))].sort());
      expect(strict.drift).toEqual([]);
      summary.strictThrows++;
    });

    it("returns the same rows in 'off', without reports", async () => {
      serve(example);
      const off = reader('off');
      const records = recordsOf(await call(off.litmos), isList);
      expect(records).toHaveLength(1);
      expect(records[0]).toEqual(expected.record);
      expect(off.drift).toEqual([]);
    });
  },
);
