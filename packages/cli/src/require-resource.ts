import { CliError } from './cli-error.js';
import { type CliResource, findResource, suggestResources } from './list-resources.js';

/**
 * Finds a resource by name, or fails with what comes close: a resource of the other command
 * (`litmos get courses.details <courseId>` for `export courses.details`), or names a few typos
 * away.
 * @throws {CliError} for an unknown name.
 */
export function requireResource(resources: readonly CliResource[], name: string, command: 'export' | 'get', others: readonly CliResource[] = []): CliResource {
  const found = findResource(resources, name);
  if (found) return found;
  const other = findResource(others, name);
  if (other) {
    const how =
      command === 'export' ? `it is one record: litmos get ${other.name} <${other.op.pathParams.at(-1)}>` : `it is a list: litmos export ${other.name}`;
    throw new CliError(`${JSON.stringify(name)} cannot be read with ${command}`, { hint: how });
  }
  const near = suggestResources(resources, name);
  throw new CliError(`unknown resource ${JSON.stringify(name)} for ${command}`, {
    hint: `${near.length ? `did you mean ${near.join(', ')}? ` : ''}\`litmos ops\` lists them all`,
  });
}
