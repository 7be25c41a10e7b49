import { redactFields, redactSecrets, redactUrl } from './redact.js';

/** How much an SDK logs: nothing, failures, retries and pauses, or every request. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

/**
 * Where log lines go. `console` fits, and so do pino, winston and most loggers (each method
 * gets a message and an object of fields).
 */
export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** An SDK's own logging: leveled, and scrubbed of secrets before a line leaves it. Fields are plain data (an error as its `toJSON()`). */
export type Log = { readonly [L in Exclude<LogLevel, 'silent'>]: (message: string, fields?: Record<string, unknown>) => void } & {
  enabled(level: Exclude<LogLevel, 'silent'>): boolean;
};

/**
 * Builds an SDK's log from the caller's `logger` and `logLevel`. Every message and field is
 * redacted here, in one place, so no call site can forget it. A logger that throws is ignored:
 * logging must never fail a request.
 */
export function createLog(logger: Logger | undefined, level: LogLevel, secrets: readonly string[]): Log {
  const threshold = RANK[level];
  const line =
    (name: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (!logger || RANK[name] > threshold) return;
      try {
        const text = redactSecrets(redactUrl(message), secrets);
        if (fields) logger[name](text, redactFields(fields, secrets) as Record<string, unknown>);
        else logger[name](text);
      } catch {
        // A broken logger must not break the call it reports on.
      }
    };
  return {
    error: line('error'),
    warn: line('warn'),
    info: line('info'),
    debug: line('debug'),
    enabled: (name) => logger !== undefined && RANK[name] <= threshold,
  };
}

/**
 * A delay as log lines show it: whole milliseconds below a second, one decimal up to 10 s, whole
 * seconds above (`450.2` → `450 ms`, `1234` → `1.2 s`, `2000` → `2 s`, `59999.86` → `60 s`).
 */
export function formatDelay(ms: number): string {
  if (ms < 999.5) return `${Math.round(ms)} ms`;
  return `${ms >= 9_950 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10} s`;
}

/**
 * Checks `logger`/`logLevel`. The level defaults to `'silent'` without a logger and to `'info'`
 * with one, so passing a logger is enough to see retries and pauses.
 * @throws {TypeError} when either is invalid.
 */
export function resolveLogging(logger: Logger | undefined, logLevel: LogLevel | undefined): { logger: Logger | undefined; logLevel: LogLevel } {
  if (
    logger !== undefined &&
    (typeof logger !== 'object' || logger === null || !(['error', 'warn', 'info', 'debug'] as const).every((m) => typeof logger[m] === 'function'))
  ) {
    throw new TypeError('Expected `logger` to have error, warn, info and debug methods');
  }
  if (logLevel !== undefined && !Object.hasOwn(RANK, logLevel)) {
    throw new TypeError(`Expected \`logLevel\` to be one of ${Object.keys(RANK).join(', ')}, got ${JSON.stringify(logLevel)}`);
  }
  const level = logLevel ?? (logger ? 'info' : 'silent');
  return { logger: logger ?? (level === 'silent' ? undefined : console), logLevel: level };
}
