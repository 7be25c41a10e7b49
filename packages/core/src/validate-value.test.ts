import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from './errors.js';
import { validateValue } from './validate-value.js';

const schema = z.object({ results: z.array(z.object({ id: z.uuid(), progress: z.number() })) });

describe('validateValue', () => {
  it('returns the value as it was, unknown fields kept', () => {
    const value = { results: [{ id: '114dba08-a75e-11eb-b4e5-0242ac13002a', progress: 9.09, colour: 'teal' }], extra: 1 };
    expect(validateValue(schema, value, { label: 'op' })).toBe(value);
  });

  it("throws a ValidationError with zod's issues, the value and the request", () => {
    const value = { results: [{ id: 'nope', progress: '9' }] };
    const request = { method: 'GET', url: 'https://x/' };
    const error = (() => {
      try {
        validateValue(schema, value, { label: 'listLearnerResults', request });
      } catch (caught) {
        return caught as ValidationError;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.message).toMatch(/^listLearnerResults: the response does not match the spec \(2 problems; first at results\.0\.id: /);
    expect(error?.issues.map((issue) => issue.path)).toEqual([
      ['results', 0, 'id'],
      ['results', 0, 'progress'],
    ]);
    expect(error?.value).toBe(value);
    expect(error?.url).toBe('https://x/');
  });
});
