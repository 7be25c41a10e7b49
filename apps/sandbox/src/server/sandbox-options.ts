/** The options of `startSandbox` and the handle it returns. */
import type { HandlerTable } from '../handlers/handler-types.js';
import type { SpecModel } from '../spec-model/load-spec-model.js';
import type { Schema } from '../spec-model/schema-tools.js';
import type { OrgState } from '../state/org-state.js';
import type { StateSummary } from '../state/summarize-state.js';
import type { Negotiation } from '../wire/choose-format.js';
import { checkJsonDateOffset, DEFAULT_JSON_DATE_OFFSET, type JsonDateOffset } from '../wire/wire-dates.js';
import type { ClockMode, SandboxClock } from './create-clock.js';
import { checkFaultOptions } from './fault-options.js';
import type { FaultOptions } from './fault-plan.js';

/**
 * A fixed start time (the research date of the catalogue) for reproducible runs: pass it as
 * `now` (tests do). Without `now` the sandbox starts at the wall clock's time.
 */
export const FIXED_NOW = '2026-11-24T12:00:00Z';
/** The largest API request body the sandbox reads unless told otherwise (16 MiB); larger ones get 413. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Most people a sandbox may hold: the bound of `startSandbox({ users })`, `reset`, the CLI's
 * `--users`, `POST /__sandbox/reset` and the litmos CLI's `--sandbox-users`. Seeding runs in one
 * go and the sandbox answers nothing meanwhile; measured on a busy 2-core machine, 20,000 people
 * take about 4 s and 260 MB, while time and memory grow faster than linearly past it (50,000:
 * 11 s and 550 MB; 100,000: 48 s and 1.9 GB).
 */
export const MAX_USERS = 20_000;

/** Checks a number of people. @throws TypeError naming `name` unless it is a whole number from 1 to {@link MAX_USERS}. */
export function checkUsers(users: unknown, name = 'users'): number {
  if (!Number.isInteger(users) || (users as number) < 1 || (users as number) > MAX_USERS) {
    throw new TypeError(`Expected \`${name}\` to be a whole number from 1 to ${MAX_USERS}, got ${String(users)}`);
  }
  return users as number;
}

/** The API key the sandbox accepts unless told otherwise. */
export const DEFAULT_API_KEY = 'sandbox-api-key';

/** Options of `startSandbox`. */
export interface SandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /**
   * Host names the sandbox answers to besides loopback names (`127.0.0.1`, `localhost`, `[::1]`)
   * and the `host` it listens on: a Docker service name or a LAN name, say; `['*']` allows any.
   * Other names get 421, so a web page cannot reach the sandbox by rebinding its own host name
   * to 127.0.0.1 (DNS rebinding). Default none.
   */
  readonly allowedHosts?: readonly string[];
  /** Seed of the organisation (default 1). */
  readonly seed?: number;
  /** Number of people, 1 to {@link MAX_USERS} (default 5000). */
  readonly users?: number;
  /** Start time: epoch ms, an ISO string, a Date, or `'now'` (default) for the wall clock; `FIXED_NOW` gives reproducible runs. */
  readonly now?: number | string | Date;
  /** `'running'` (default): time moves on from `now`; `'frozen'`: it stays until set. */
  readonly clock?: ClockMode;
  /** Accepted API keys (default `['sandbox-api-key']`). */
  readonly apiKeys?: readonly string[];
  /** Rate limit per key; `false` turns it off (default 100 per 60 000 ms). */
  readonly rateLimit?: { readonly max?: number; readonly windowMs?: number } | false;
  /** Run-level faults (default none). */
  readonly faults?: FaultOptions;
  /** Response format negotiation (default `'format-param'`, see choose-format.ts). */
  readonly negotiation?: Negotiation;
  /**
   * The offset JSON answers write in WCF dates: `'+0000'` (default, `/Date(ms+0000)/`), any
   * other `±hhmm` such as `'-0500'`, or `'none'` for the bare `/Date(ms)/`. Person records keep
   * ISO dates with `Z`, as Litmos writes them.
   */
  readonly jsonDateOffset?: string;
  /** Largest API request body in bytes, counted as it arrives (default 16 MiB); a larger one gets 413 and is not kept. */
  readonly maxBodyBytes?: number;
  /** The bundled spec (document or path of its JSON); defaults to `@litmos-kit/spec`. */
  readonly spec?: Schema | string;
  /** Extra or replacement handlers by operation shape. */
  readonly handlers?: HandlerTable;
}

/** Which of the spec's operations the sandbox serves. */
export interface Coverage {
  /** Operations with a handler: `operationId (METHOD path)`. */
  readonly implemented: readonly string[];
  /** Operations that answer 501. */
  readonly missing: readonly string[];
  readonly total: number;
}

/** A running sandbox. */
export interface Sandbox {
  /** Base URL of the API, like `https://api.litmos.com/v1.svc`: `http://127.0.0.1:<port>/v1.svc`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>` (the API is served at the root too; control API at `/__sandbox/`). */
  readonly origin: string;
  readonly port: number;
  /** The first accepted API key. */
  readonly apiKey: string;
  /** The current organisation (replaced by `reset`). */
  readonly state: OrgState;
  readonly clock: SandboxClock;
  readonly spec: SpecModel;
  /** Time it took to seed the organisation, in ms. */
  readonly seedMs: number;
  coverage(): Coverage;
  summary(): StateSummary;
  /** Re-seeds (same or new seed/size), resets the clock to the start time and the rate limiter. */
  reset(options?: { seed?: number; users?: number }): void;
  /** Replaces the run-level faults. */
  setFaults(faults: FaultOptions): void;
  close(): Promise<void>;
}

/** The start time as epoch ms, whole seconds. @throws TypeError for a value that is not a date. */
export function resolveStartTime(now: SandboxOptions['now']): number {
  if (now === undefined || now === 'now') return Math.floor(Date.now() / 1000) * 1000;
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(ms)) throw new TypeError(`Expected \`now\` to be a date, got ${JSON.stringify(now)}`);
  return Math.floor(ms / 1000) * 1000;
}

/** The options `startSandbox` checks before it seeds anything. */
export interface CheckedOptions {
  readonly startNow: number;
  readonly jsonDateOffset: JsonDateOffset;
  readonly maxBodyBytes: number;
  readonly faultOptions: FaultOptions;
}

/** Checks the options that could fail later in a less clear way. @throws TypeError naming the bad option. */
export function checkSandboxOptions(options: SandboxOptions): CheckedOptions {
  checkUsers(options.users ?? 5000);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new TypeError(`Expected \`maxBodyBytes\` to be a positive whole number, got ${String(maxBodyBytes)}`);
  }
  return {
    startNow: resolveStartTime(options.now),
    jsonDateOffset: checkJsonDateOffset(options.jsonDateOffset ?? DEFAULT_JSON_DATE_OFFSET),
    maxBodyBytes,
    faultOptions: checkFaultOptions(options.faults ?? {}),
  };
}
