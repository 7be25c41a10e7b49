import { describe, expect, it } from 'vitest';
import { createLog, formatDelay, resolveLogging } from './logger.js';

const KEY = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function recorder() {
  const lines: unknown[][] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push([level, ...args]);
  return { lines, logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } };
}

describe('createLog', () => {
  it('drops lines below the level', () => {
    const { lines, logger } = recorder();
    const log = createLog(logger, 'warn', []);
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(lines).toEqual([
      ['warn', 'w'],
      ['error', 'e'],
    ]);
    expect(log.enabled('info')).toBe(false);
    expect(log.enabled('error')).toBe(true);
  });

  it('redacts keys in messages, query strings and fields', () => {
    const { lines, logger } = recorder();
    createLog(logger, 'debug', [KEY]).info(`GET https://x/?apikey=${KEY}&apikey=other`, { nested: { key: KEY } });
    expect(lines).toEqual([['info', 'GET https://x/?apikey=[REDACTED]&apikey=[REDACTED]', { nested: { key: '[REDACTED]' } }]]);
  });

  it('survives a logger that throws', () => {
    const log = createLog(
      {
        error: () => {
          throw new Error('x');
        },
        warn() {},
        info() {},
        debug() {},
      },
      'error',
      [],
    );
    expect(() => log.error('e')).not.toThrow();
  });
});

describe('resolveLogging', () => {
  it('is silent without a logger, `info` with one, and uses console when only a level is set', () => {
    const { logger } = recorder();
    expect(resolveLogging(undefined, undefined)).toEqual({ logger: undefined, logLevel: 'silent' });
    expect(resolveLogging(logger, undefined)).toEqual({ logger, logLevel: 'info' });
    expect(resolveLogging(undefined, 'debug')).toEqual({ logger: console, logLevel: 'debug' });
  });
});

describe('formatDelay', () => {
  it.each([
    [0.4, '0 ms'],
    [450.2, '450 ms'],
    [999.4, '999 ms'],
    [999.6, '1 s'],
    [1_234, '1.2 s'],
    [2_000, '2 s'],
    [9_949, '9.9 s'],
    [9_950, '10 s'],
    [59_999.86169900001, '60 s'],
    [150_000, '150 s'],
  ])('shows %d ms as %s', (ms, text) => {
    expect(formatDelay(ms)).toBe(text);
  });
});
