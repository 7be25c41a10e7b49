#!/usr/bin/env node
/**
 * `litmos-sandbox` / `node dist/cli.js`: starts the sandbox until Ctrl-C.
 *   node dist/cli.js --port 4020 --seed 1 --users 5000 [--now 2026-11-24T12:00:00Z|now]
 *                    [--host 127.0.0.1] [--allow-host NAME]...
 *                    [--clock running|frozen] [--api-key KEY]... [--rate-limit 100/60000|off]
 *                    [--faults '{"errorRate":0.05}'] [--negotiation format-param|wcf-auto]
 *                    [--json-date-offset +0000|-0500|none]
 */
import { parseArgs } from 'node:util';
import type { FaultOptions } from './server/fault-plan.js';
import type { Sandbox, SandboxOptions } from './server/sandbox-options.js';
import { startSandbox } from './server/start-sandbox.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4020' },
    host: { type: 'string', default: '127.0.0.1' },
    'allow-host': { type: 'string', multiple: true },
    seed: { type: 'string', default: '1' },
    users: { type: 'string', default: '5000' },
    now: { type: 'string' },
    clock: { type: 'string' },
    'api-key': { type: 'string', multiple: true },
    'rate-limit': { type: 'string' },
    faults: { type: 'string' },
    negotiation: { type: 'string' },
    'json-date-offset': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(
    'Usage: litmos-sandbox [--port 4020] [--host 127.0.0.1] [--allow-host NAME]... [--seed 1] [--users 5000 (1-20000)]\n' +
      '                      [--now ISO|now] [--clock running|frozen]\n' +
      '                      [--api-key KEY]... [--rate-limit MAX/WINDOW_MS|off] [--faults JSON] [--negotiation format-param|wcf-auto]\n' +
      '                      [--json-date-offset +0000|-0500|none]',
  );
  process.exit(0);
}

const int = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n)) {
    console.error(`--${name} must be an integer, got ${text}`);
    process.exit(2);
  }
  return n;
};

let rateLimit: SandboxOptions['rateLimit'];
if (values['rate-limit'] === 'off') rateLimit = false;
else if (values['rate-limit']) {
  const [max, windowMs] = values['rate-limit'].split('/');
  rateLimit = { max: int('rate-limit', max ?? '100'), windowMs: int('rate-limit', windowMs ?? '60000') };
}

let faults: FaultOptions | undefined;
try {
  faults = values.faults ? (JSON.parse(values.faults) as FaultOptions) : undefined;
} catch {
  console.error(`--faults must be JSON, got ${values.faults}`);
  process.exit(2);
}

// Signals are handled from the start, so a stop during seeding or listening is prompt too.
let sandbox: Sandbox | undefined;
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // close() drops every connection and timer; should anything still hold on, leave anyway.
  setTimeout(() => process.exit(0), 3_000).unref();
  if (!sandbox) process.exit(0);
  void sandbox.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

sandbox = await startSandbox({
  port: int('port', values.port),
  host: values.host,
  ...(values['allow-host']?.length ? { allowedHosts: values['allow-host'].flatMap((name) => name.split(',')) } : {}),
  seed: int('seed', values.seed),
  users: int('users', values.users),
  ...(values.now ? { now: values.now } : {}),
  ...(values.clock === 'frozen' || values.clock === 'running' ? { clock: values.clock } : {}),
  ...(values['api-key']?.length ? { apiKeys: values['api-key'] } : {}),
  ...(rateLimit !== undefined ? { rateLimit } : {}),
  ...(faults ? { faults } : {}),
  ...(values.negotiation === 'wcf-auto' || values.negotiation === 'format-param' ? { negotiation: values.negotiation } : {}),
  ...(values['json-date-offset'] ? { jsonDateOffset: values['json-date-offset'] } : {}),
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});

const s = sandbox.summary();
const coverage = sandbox.coverage();
console.log(`Litmos sandbox on ${sandbox.url}  (control API: ${sandbox.origin}/__sandbox/state)`);
console.log(`  seed ${s.seed}: ${s.users} people, ${s.teams} teams, ${s.courses} courses, ${s.modules} modules, ${s.learningPaths} learning paths,`);
console.log(
  `  ${s.courseAssignments} course results, ${s.moduleResults} module results, ${s.achievements} achievements; seeded in ${Math.round(sandbox.seedMs)} ms`,
);
console.log(`  now ${String(s.now)} (${sandbox.clock.mode}); API key header: apikey: ${sandbox.apiKey}`);
console.log(`  operations: ${coverage.implemented.length}/${coverage.total} implemented (the rest answer 501)`);
