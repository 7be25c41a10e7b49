import type { OperationDef } from '@litmos-kit/client/operations';
import { CliError } from './cli-error.js';

/** Query parameters the CLI sets itself, each with the flag that sets it. */
const OWN_FLAGS: Record<string, string> = { source: '--source', format: '--wire', start: '--resume', limit: '--page-size', since: '--since', to: '--to' };

/**
 * Turns `--param name=value` pairs into the operation's path and query parameters. Names are
 * checked against the spec (case-insensitively, written back as the spec spells them), so a
 * typo fails here with the list of names the operation takes, not as a 400 from Litmos.
 * @throws {CliError} for a malformed pair, an unknown name, a name the CLI sets itself, or a missing path parameter.
 */
export function parseParams(pairs: readonly string[], op: OperationDef, resourceName: string): Record<string, string> {
  const known = [...op.pathParams, ...op.query.map((q) => q.name).filter((name) => !(name in OWN_FLAGS))];
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new CliError(`--param ${JSON.stringify(pair)} is not name=value`, { hint: `for example --param ${known[0] ?? 'search'}=…` });
    const given = pair.slice(0, at).trim();
    const name = known.find((k) => k.toLowerCase() === given.toLowerCase());
    const own = Object.keys(OWN_FLAGS).find((k) => k.toLowerCase() === given.toLowerCase());
    if (own && !name) throw new CliError(`--param ${given} is set by the CLI`, { hint: `use ${OWN_FLAGS[own]} instead` });
    if (!name) {
      throw new CliError(`${resourceName} takes no parameter ${JSON.stringify(given)}`, {
        hint: known.length ? `it takes: ${known.join(', ')}` : 'it takes no --param at all',
      });
    }
    out[name] = pair.slice(at + 1);
  }
  const missing = op.pathParams.filter((p) => out[p] === undefined || out[p] === '');
  if (missing.length) {
    throw new CliError(`${resourceName} needs ${missing.map((m) => `--param ${m}=…`).join(' ')}`, {
      hint: `its path is ${op.path}; see \`litmos ops ${resourceName}\``,
    });
  }
  return out;
}
