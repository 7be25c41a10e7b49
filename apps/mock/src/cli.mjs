#!/usr/bin/env node
// @ts-check
// `pnpm --filter @litmos-kit/mock start [-- --port 4010] [--host 127.0.0.1] [--allow-host NAME]...`:
// serves the mock until Ctrl-C. `--allow-host` adds host names to answer besides loopback names
// (a Docker service name, a LAN name; `*` for any), comma-separated or repeated.
import { parseArgs } from 'node:util';
import { startMock } from './start-mock.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'allow-host': { type: 'string', multiple: true },
  },
});
const allowedHosts = (values['allow-host'] ?? []).flatMap((name) => name.split(','));
const mock = await startMock({ port: Number(values.port), host: values.host, allowedHosts });
console.log(`Litmos mock (Prism) listening on ${mock.url}`);
const stop = async () => {
  await mock.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
