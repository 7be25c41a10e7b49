// `pnpm --filter @litmos-kit/docs serve [--port 8080]`: serves dist/ until Ctrl-C.
import { parseArgs } from 'node:util';
import { serveDocs } from '../src/serve-docs.mjs';

// pnpm passes a `--` typed before the flags on to the script; it separates nothing here.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
const { values } = parseArgs({ args, options: { port: { type: 'string', default: '8080' } } });
const docs = await serveDocs({ port: Number(values.port) });
console.log(`Litmos API reference at ${docs.url}`);
process.once('SIGINT', () => docs.close().then(() => process.exit(0)));
process.once('SIGTERM', () => docs.close().then(() => process.exit(0)));
