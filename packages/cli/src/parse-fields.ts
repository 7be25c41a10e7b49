import { CliError } from './cli-error.js';
import type { CliResource } from './list-resources.js';
import { responseFields } from './response-fields.js';

/**
 * Reads `--fields a,b,c`, checking each name against the fields the spec lists for a row, so a
 * typo fails at once instead of giving a column of nulls.
 * @throws {CliError} for an empty list or an unknown field.
 */
export async function parseFields(text: string | undefined, resource: CliResource): Promise<string[] | null> {
  if (text === undefined) return null;
  const fields = text
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!fields.length) throw new CliError('--fields is empty', { hint: 'name fields separated by commas, e.g. --fields Id,UserName' });
  const known = await responseFields(resource.op);
  const unknown = known ? fields.filter((f) => !known.includes(f)) : [];
  if (unknown.length)
    throw new CliError(`${resource.name} rows have no field ${unknown.map((f) => JSON.stringify(f)).join(', ')}`, {
      hint: `its fields are ${known?.join(', ')}`,
    });
  return fields;
}
