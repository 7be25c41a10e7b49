// Validates JSON answers against the spec's JSON schemas with Ajv's JSON Schema 2020-12 mode.
// Ajv because OpenAPI 3.1 schemas are JSON Schema 2020-12, Ajv is the de-facto validator for it
// (maintained, used by Prism and Redocly underneath) and it resolves the bundle's `$ref`s itself.
// The whole bundle is registered once; each answer is checked against a pointer into it, so
// `#/components/...` references resolve exactly as in the spec.

import type { ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SpecModel } from '../src/spec-model/load-spec-model.js';

const DOC_ID = 'https://litmos-kit.invalid/openapi.json';

/** A validator bound to one bundled spec. */
export function createJsonValidator(spec: SpecModel) {
  // strict: false because the schemas carry OpenAPI keywords (xml, example) Ajv does not know;
  // formats are not used by the spec (dates are patterns), so none are registered.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(spec.doc as object, DOC_ID);
  const pointer = (parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  return {
    /** Errors of `value` against the response schema of an operation (empty = valid). */
    response(path: string, method: string, status: number, value: unknown): ErrorObject[] {
      const ref = `${DOC_ID}#/${pointer(['paths', path, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema'])}`;
      const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
    /** Errors of `value` against a component schema. */
    component(name: string, value: unknown): ErrorObject[] {
      const ref = `${DOC_ID}#/components/schemas/${name}`;
      const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
  };
}
