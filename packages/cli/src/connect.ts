import { createMemoryRateLimitStore, type DriftEvent, type Litmos, regions } from '@litmos-kit/sdk';
import type { CommandIo } from './command-io.js';
import { createCliClient } from './create-cli-client.js';
import { parseIntegerOption } from './parse-integer-option.js';
import type { ProgressStats } from './progress-stats.js';
import { type ConnectionFlags, resolveConnection } from './resolve-connection.js';
import { type LocalServer, startLocalServer } from './start-local-server.js';
import { trackRateLimitStore } from './track-rate-limit-store.js';

/** The connection flags `export` and `get` share, as commander hands them over. */
export interface ClientFlags extends ConnectionFlags {
  readonly wire?: 'xml' | 'json';
  readonly timeout?: string;
  readonly rateLimit?: string;
  readonly verbose?: boolean;
}

/** A client and how to let go of it. */
export interface Connected {
  /** A client in the `--wire` format. */
  readonly litmos: Litmos;
  /**
   * Another client of the same connection, sharing its rate budget: in another wire format, or
   * with a drift hook.
   */
  client(options: { readonly wire: 'xml' | 'json'; readonly onDrift?: (event: DriftEvent) => void }): Litmos;
  /** Where the answers come from, in words that name no host: `Litmos (region eu)`, `the local sandbox`. */
  readonly target: string;
  close(): Promise<void>;
}

/** Names a remote host without showing it: a custom base URL may be an internal proxy. */
function describeRemote(endpoint: { readonly region?: string; readonly baseUrl?: string }): string {
  if (endpoint.baseUrl === undefined) return `Litmos (region ${endpoint.region ?? 'us'})`;
  const region = Object.entries(regions).find(([, url]) => url.toLowerCase() === endpoint.baseUrl?.replace(/\/+$/, '').toLowerCase())?.[0];
  return region ? `Litmos (region ${region})` : 'a custom base URL';
}

/**
 * Checks the flags, starts the mock or sandbox when asked, and creates the SDK client paced to
 * `budget`. Every check runs before anything starts, so a bad flag costs no server start and
 * no request.
 */
export async function connect(
  flags: ClientFlags,
  io: CommandIo,
  budget: { readonly limit: number; readonly windowMs: number },
  stats: ProgressStats,
  log: (line: string) => void,
): Promise<Connected> {
  const connection = resolveConnection(flags, io.env);
  const timeoutMs = flags.timeout ? parseIntegerOption(flags.timeout, '--timeout', 1) : undefined;
  let local: LocalServer | undefined;
  let endpoint: { apiKey: string; region?: 'us' | 'eu' | 'au'; baseUrl?: string };
  if (connection.kind === 'remote') endpoint = connection;
  else {
    if (connection.kind === 'sandbox' && connection.users > 20_000) log(`litmos: seeding a sandbox of ${connection.users.toLocaleString('en-US')} people…`);
    local = await startLocalServer(connection);
    log(local.banner);
    endpoint = { apiKey: local.apiKey, baseUrl: local.baseUrl };
  }
  try {
    // One store for every client of the connection: they share the key, so they share its budget.
    const store = trackRateLimitStore(createMemoryRateLimitStore(), stats);
    const client: Connected['client'] = ({ wire, onDrift }) =>
      createCliClient({
        ...endpoint,
        source: connection.source,
        wire,
        rateLimit: budget,
        ...(timeoutMs ? { timeoutMs } : {}),
        stats,
        verbose: flags.verbose ? log : undefined,
        store,
        onDrift,
      });
    const target = connection.kind === 'remote' ? describeRemote(connection) : `the local ${connection.kind}`;
    return { litmos: client({ wire: flags.wire ?? 'xml' }), client, target, close: async () => local?.close() };
  } catch (error) {
    await local?.close();
    throw error;
  }
}
