#!/usr/bin/env node
// @ts-check
// `pnpm --filter @litmos-kit/mock start [-- --port 4010]`: serves the mock until Ctrl-C.
import { parseArgs } from 'node:util';
import { startMock } from './start-mock.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4010' }, host: { type: 'string', default: '127.0.0.1' } } });
const mock = await startMock({ port: Number(values.port), host: values.host });
console.log(`Litmos mock (Prism) listening on ${mock.url}`);
const stop = async () => {
  await mock.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
