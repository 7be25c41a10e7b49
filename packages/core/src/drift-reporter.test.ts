import { describe, expect, it } from 'vitest';
import type { DecodeIssue } from './decode-state.js';
import { createDriftReporter } from './drift-reporter.js';
import { runHook } from './hooks.js';
import { createLog } from './logger.js';
import { redactSecrets } from './redact.js';
import type { DriftEvent } from './validation-policy.js';

const issue = (pattern: string, path: (string | number)[] = [0, pattern]): DecodeIssue => ({
  kind: 'missing',
  path,
  pattern,
  expected: 'date',
  received: 'missing',
});

function setup(onDrift?: (event: DriftEvent) => void | Promise<void>, maxRemembered?: number) {
  const lines: unknown[][] = [];
  const logger = { error: () => {}, info: () => {}, debug: () => {}, warn: (...args: unknown[]) => void lines.push(args) };
  const log = createLog(logger, 'warn', ['s3cr3t-key']);
  const report = createDriftReporter({
    notify: (event) => runHook(onDrift, event, 'onDrift', log, 'test'),
    log,
    prefix: 'test',
    clean: (text) => redactSecrets(text, ['s3cr3t-key']),
    ...(maxRemembered ? { maxRemembered } : {}),
  });
  return { lines, report };
}

describe('createDriftReporter', () => {
  it('reports each place once per operation, through the hook and a warn line', async () => {
    const events: DriftEvent[] = [];
    const { lines, report } = setup((event) => void events.push(event));
    await report('listRows', [issue('[].A'), issue('[].B')], { method: 'GET', url: 'https://x/rows' });
    await report('listRows', [issue('[].A', [7, 'A'])]);
    await report('listOthers', [issue('[].A')]);
    expect(events.map((event) => [event.operation, event.path])).toEqual([
      ['listRows', '[].A'],
      ['listRows', '[].B'],
      ['listOthers', '[].A'],
    ]);
    expect(events[0]).toEqual({
      operation: 'listRows',
      kind: 'missing',
      path: '[].A',
      at: [0, '[].A'],
      expected: 'date',
      received: 'missing',
      method: 'GET',
      url: 'https://x/rows',
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]?.[0]).toBe('test: listRows: the response differs from the spec at [].A: expected date, received missing (missing)');
  });

  it('reports a second kind of difference at a place already reported, once', async () => {
    const events: DriftEvent[] = [];
    const { report } = setup((event) => void events.push(event));
    const coerced: DecodeIssue = { kind: 'coerced', path: [0, 'Active'], pattern: '[].Active', expected: 'boolean', received: 'string' };
    await report('listRows', [coerced]);
    await report('listRows', [issue('[].Active')]);
    await report('listRows', [coerced, issue('[].Active', [3, 'Active'])]);
    expect(events.map((event) => [event.kind, event.path])).toEqual([
      ['coerced', '[].Active'],
      ['missing', '[].Active'],
    ]);
  });

  it('redacts secrets in field names, and survives a hook that throws', async () => {
    const { lines, report } = setup(() => {
      throw new Error('alerting is down');
    });
    await report('listRows', [{ kind: 'unknown', path: [0, 's3cr3t-key'], pattern: '[].s3cr3t-key', expected: 'no such field', received: 'string' }]);
    expect(JSON.stringify(lines)).not.toContain('s3cr3t-key');
    expect(lines.map((line) => line[0])).toEqual([expect.stringContaining('[].[REDACTED]'), 'test: the onDrift hook threw; ignored']);
  });

  it('forgets what it reported once it remembers too many places, instead of growing', async () => {
    const events: DriftEvent[] = [];
    const { report } = setup((event) => void events.push(event), 2);
    await report('op', [issue('a'), issue('b'), issue('c'), issue('a')]);
    expect(events.map((event) => event.path)).toEqual(['a', 'b', 'c', 'a']);
  });
});
