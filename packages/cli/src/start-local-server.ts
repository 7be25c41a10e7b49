/**
 * `--mock` and `--sandbox`: start the Prism mock or the stateful sandbox in this process, on
 * 127.0.0.1 and a free port, so a new user can try the CLI with no account. They are loaded only
 * when asked for: Prism alone takes longer to load than a whole export of a small list.
 */

import { CliError } from './cli-error.js';

/**
 * The Prism mock is part of the litmos-kit repository, not of the published CLI: Prism is large
 * and needs a newer Node than the CLI supports. `--sandbox` ships with the CLI instead.
 */
async function importMock(): Promise<typeof import('@litmos-kit/mock')> {
  try {
    return await import('@litmos-kit/mock');
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code !== 'ERR_MODULE_NOT_FOUND' || !String(message).includes('@litmos-kit/mock')) throw error;
    throw new CliError('--mock needs the Prism mock (@litmos-kit/mock), which comes with the litmos-kit repository, not with the installed CLI', {
      hint: 'use --sandbox (a local Litmos that ships with the CLI), or run the CLI from a clone of the repository',
    });
  }
}

/** A local Litmos started for one command. */
export interface LocalServer {
  /** The base URL to give the SDK. */
  readonly baseUrl: string;
  /** A key it accepts. */
  readonly apiKey: string;
  /** One line for stderr: what was started, and where. */
  readonly banner: string;
  close(): Promise<void>;
}

/** Starts the mock, or the sandbox seeded with `users` people. */
export async function startLocalServer(local: { readonly kind: 'mock' } | { readonly kind: 'sandbox'; readonly users: number }): Promise<LocalServer> {
  if (local.kind === 'mock') {
    const { startMock } = await importMock();
    const mock = await startMock({ port: 0 });
    // Prism checks that a key is sent, not which one.
    return { baseUrl: mock.url, apiKey: 'litmos-cli-mock-key', banner: `litmos: mock (Prism, spec examples) on ${mock.url}`, close: () => mock.close() };
  }
  const { startSandbox } = await import('@litmos-kit/sandbox');
  // Dated from the wall clock, so relative ranges such as `--since 30d` find the seeded changes.
  const sandbox = await startSandbox({ port: 0, now: 'now', users: local.users });
  const s = sandbox.summary();
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    baseUrl: sandbox.url,
    apiKey: sandbox.apiKey,
    banner: `litmos: sandbox on ${sandbox.url}: seed ${s.seed}, ${count(s.users)} people, ${count(s.courseAssignments)} course results, clock at ${String(s.now)}`,
    close: () => sandbox.close(),
  };
}
