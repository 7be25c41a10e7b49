/**
 * What the end-to-end tests share: the built CLI run as a real child process (as a user runs
 * it), and sandboxes on 127.0.0.1 whose state the exports are compared with.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXED_NOW, type Sandbox, type SandboxOptions, startSandbox } from '@litmos-kit/sandbox';
import { expect } from 'vitest';
import { listenOnLoopback, startServer } from '../../../test-support/start-server.js';

/** The built `litmos` binary (turbo builds the package before its tests). */
export const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** A GUID-shaped API key that must never appear in anything the CLI prints. */
export const CANARY_KEY = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** The outcome of one CLI run. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a child: the parent's, less any LITMOS_* a developer may have set. */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !name.startsWith('LITMOS_')) env[name] = value;
  return { ...env, ...extra };
}

/** Starts `litmos <args>`; `done` settles when it exits. */
export function startCli(args: readonly string[], env: Record<string, string> = {}, cwd?: string): { child: ChildProcess; done: Promise<CliRun> } {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build the package first (turbo does before test)`);
  const child = spawn(process.execPath, [cliPath, ...args], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs `litmos <args>` to its end. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return startCli(args, env).done;
}

/** A fresh folder for one test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'litmos-cli-test-'));
}

/**
 * A sandbox with a clock frozen at a fixed date (so delta ranges are exact) and a short rate-limit
 * window (so a 503 costs a client seconds, not a minute). The CLI is given the same budget with
 * `--rate-limit`.
 */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startServer('Litmos sandbox', () => startSandbox({ clock: 'frozen', now: FIXED_NOW, rateLimit: { max: 100, windowMs: 2_000 }, ...options }), {
    stop: (s) => s.close(),
  });
}

/** The flags that point the CLI at a test sandbox, with its rate budget. */
export function sandboxFlags(sandbox: Sandbox): string[] {
  return ['--base-url', sandbox.url, '--rate-limit', '100/2000'];
}

/** Parses NDJSON text, failing on any line that is not a whole JSON value. */
export function parseNdjson(text: string): Record<string, unknown>[] {
  if (text === '') return [];
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Litmos' `YYYY-MM-DD HH:MM:SS` as epoch ms (UTC). */
export const litmosMs = (text: string) => Date.parse(`${text.replace(' ', 'T')}Z`);

/** Epoch ms as the ISO form the SDK gives dates in. */
export const iso = (ms: number | '' | null) => (typeof ms === 'number' ? new Date(ms).toISOString() : null);

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The 7-day windows of a range, as epoch ms: a record belongs to the one with since ≤ changed < to. */
function windows(since: string, to: string): [number, number][] {
  const out: [number, number][] = [];
  for (let from = litmosMs(since); from < litmosMs(to); from += 7 * 86_400_000) out.push([from, Math.min(from + 7 * 86_400_000, litmosMs(to))]);
  return out;
}
/**
 * The records a delta export of `since`–`to` returns, in its order: window by window, and in
 * creation order within a window.
 */
export function changedIn<T>(rows: readonly T[], changed: (row: T) => number | '' | null, since: string, to: string): T[] {
  return windows(since, to).flatMap(([from, until]) =>
    rows.filter((row) => {
      const at = changed(row);
      return typeof at === 'number' && at >= from && at < until;
    }),
  );
}

/** One request that passed through a recording proxy. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly status: number;
}

/** A proxy on 127.0.0.1 that forwards every request to one origin and records it. */
export interface RecordingProxy {
  /** `http://127.0.0.1:<port>`: the target's paths work under it. */
  readonly origin: string;
  readonly requests: readonly RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a proxy in front of `target` (an origin such as a sandbox's): what the CLI sends, and
 * what it got back, can then be checked from outside the CLI.
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const to = new URL(target);
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const upstream = request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', status: answer.statusCode ?? 0 });
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const origin = await listenOnLoopback(server, 'recording proxy in front of the sandbox');
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
