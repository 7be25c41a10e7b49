import { type Region, regions } from '@litmos-kit/sdk';
import { CliError } from './cli-error.js';
import { parseIntegerOption } from './parse-integer-option.js';

/** Connection flags of `export` and `get`. */
export interface ConnectionFlags {
  readonly apiKey?: string | undefined;
  readonly source?: string | undefined;
  readonly region?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly mock?: boolean | undefined;
  readonly sandbox?: boolean | undefined;
  /** People in the sandbox organisation, as typed (implies `sandbox`). */
  readonly sandboxUsers?: string | undefined;
}

/** People in the `--sandbox` organisation unless `--sandbox-users` says otherwise. */
export const DEFAULT_SANDBOX_USERS = 5000;
/**
 * The largest `--sandbox-users`: the sandbox's own bound (`MAX_USERS` of `@litmos-kit/sandbox`,
 * kept equal by a test, not imported, so that the CLI does not load the sandbox to parse flags).
 */
export const MAX_SANDBOX_USERS = 20_000;

/** Where to send requests, and as whom. */
export type Connection =
  | { readonly kind: 'remote'; readonly apiKey: string; readonly source: string; readonly region?: Region; readonly baseUrl?: string }
  | { readonly kind: 'mock'; readonly source: string }
  | { readonly kind: 'sandbox'; readonly source: string; readonly users: number };

/** The source Litmos is told when neither `--source` nor `LITMOS_SOURCE` names one. */
export const DEFAULT_SOURCE = 'litmos-cli';

/**
 * Reads the connection from flags, then from `LITMOS_API_KEY`, `LITMOS_SOURCE`, `LITMOS_REGION`
 * and `LITMOS_BASE_URL`. A flag beats its variable; `--region` and `--base-url` (flag or
 * variable) exclude each other. `--mock`/`--sandbox` need no key; `--sandbox-users` implies
 * `--sandbox`.
 * @throws {CliError} for a missing key, an unknown region or two ways of naming the host.
 */
export function resolveConnection(flags: ConnectionFlags, env: Readonly<Record<string, string | undefined>>): Connection {
  const source = flags.source ?? (env.LITMOS_SOURCE || undefined) ?? DEFAULT_SOURCE;
  const sandbox = flags.sandbox || flags.sandboxUsers !== undefined;
  if (flags.mock && sandbox)
    throw new CliError(`--mock and ${flags.sandbox ? '--sandbox' : '--sandbox-users'} exclude each other`, {
      hint: 'the sandbox has state and rules; the mock answers the spec examples',
    });
  if (flags.mock) return { kind: 'mock', source };
  if (sandbox) {
    const users = flags.sandboxUsers === undefined ? DEFAULT_SANDBOX_USERS : parseIntegerOption(flags.sandboxUsers, '--sandbox-users', 1, MAX_SANDBOX_USERS);
    return { kind: 'sandbox', source, users };
  }
  if (flags.region !== undefined && flags.baseUrl !== undefined)
    throw new CliError('--region and --base-url exclude each other', { hint: 'a base URL names the host itself' });
  // A flag for the host replaces both variables, so a stray LITMOS_BASE_URL cannot override --region.
  const fromFlags = flags.region !== undefined || flags.baseUrl !== undefined;
  const region = fromFlags ? flags.region : env.LITMOS_REGION || undefined;
  const baseUrl = fromFlags ? flags.baseUrl : env.LITMOS_BASE_URL || undefined;
  if (region !== undefined && baseUrl !== undefined) {
    throw new CliError('LITMOS_REGION and LITMOS_BASE_URL are both set', { hint: 'unset one of them, or pass --region or --base-url' });
  }
  if (region !== undefined && !Object.hasOwn(regions, region)) {
    throw new CliError(`unknown region ${JSON.stringify(region)}`, {
      hint: `use one of ${Object.keys(regions).join(', ')} (${Object.values(regions).join(', ')})`,
    });
  }
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl)) {
    throw new CliError(`${JSON.stringify(baseUrl)} is not an http(s) URL`, { hint: 'for example https://api.litmos.com/v1.svc' });
  }
  const apiKey = flags.apiKey ?? (env.LITMOS_API_KEY || undefined);
  if (!apiKey) {
    throw new CliError('no API key', {
      hint: 'set LITMOS_API_KEY (it stays out of the process list and shell history) or pass --api-key; or try --sandbox, which needs none',
    });
  }
  return { kind: 'remote', apiKey, source, ...(region ? { region: region as Region } : {}), ...(baseUrl ? { baseUrl } : {}) };
}
