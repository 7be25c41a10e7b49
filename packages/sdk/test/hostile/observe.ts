// What a hostile-server test checks besides the error itself: every log line and hook event
// the call produced, and that none of it (nor the error) shows the key in any form.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { LitmosOptions } from '../../src/index.js';
import { CANARY_KEY } from '../runtime/fixtures.js';

/** A debug-level logger and every hook, recording all they see. */
export function observe() {
  const lines: unknown[][] = [];
  const events: unknown[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push([level, ...args]);
  const options = {
    logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') },
    logLevel: 'debug',
    hooks: {
      onRequest: (event) => void events.push(event),
      // The response is the server's own, handed over as it came; every other field is checked.
      onResponse: (event) => void events.push({ ...event, response: undefined }),
      onError: (event) => void events.push(event),
    },
  } satisfies Partial<LitmosOptions>;
  return { lines, events, options };
}

/** The canary key in every shape a careless message could show it: as sent, upper-cased, without hyphens. */
const forms = [CANARY_KEY, CANARY_KEY.replace(/-/g, '')];
/** Runs of 8 characters of either form: enough to recognise the key, too long to occur by chance. */
const pieces = forms.flatMap((form) => Array.from({ length: form.length - 7 }, (_, i) => form.slice(i, i + 8)));

/** Asserts that nothing in `things` (errors, log lines, events), however printed, holds the key or a piece of it, in any case. */
export function expectNoKey(...things: unknown[]): void {
  for (const thing of things) {
    const text = [
      typeof thing === 'string' ? thing : '',
      thing instanceof Error ? `${thing.message}\n${thing.stack}` : '',
      safeJson(thing),
      inspect(thing, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ]
      .join('\n')
      .toLowerCase();
    for (const piece of pieces) expect(text).not.toContain(piece);
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
