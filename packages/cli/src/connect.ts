import type { Litmos } from '@litmos-kit/sdk';
import type { CommandIo } from './command-io.js';
import { createCliClient } from './create-cli-client.js';
import { parseIntegerOption } from './parse-integer-option.js';
import type { ProgressStats } from './progress-stats.js';
import { type ConnectionFlags, resolveConnection } from './resolve-connection.js';
import { type LocalServer, startLocalServer } from './start-local-server.js';

/** The connection flags `export` and `get` share, as commander hands them over. */
export interface ClientFlags extends ConnectionFlags {
  readonly wire?: 'xml' | 'json';
  readonly timeout?: string;
  readonly rateLimit?: string;
  readonly verbose?: boolean;
}

/** A client and how to let go of it. */
export interface Connected {
  readonly litmos: Litmos;
  close(): Promise<void>;
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
    const litmos = createCliClient({
      ...endpoint,
      source: connection.source,
      wire: flags.wire ?? 'xml',
      rateLimit: budget,
      ...(timeoutMs ? { timeoutMs } : {}),
      stats,
      verbose: flags.verbose ? log : undefined,
    });
    return { litmos, close: async () => local?.close() };
  } catch (error) {
    await local?.close();
    throw error;
  }
}
