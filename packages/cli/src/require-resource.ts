import { CliError } from './cli-error.js';
import { type CliResource, findResource, suggestResources } from './list-resources.js';

/**
 * Finds a resource by name, or fails with the names that come close.
 * @throws {CliError} for an unknown name.
 */
export function requireResource(resources: readonly CliResource[], name: string, command: string): CliResource {
  const found = findResource(resources, name);
  if (found) return found;
  const near = suggestResources(resources, name);
  throw new CliError(`unknown resource ${JSON.stringify(name)} for ${command}`, {
    hint: `${near.length ? `did you mean ${near.join(', ')}? ` : ''}\`litmos ops\` lists them all`,
  });
}
