// The README's first command: builds what is needed, starts the mock and the docs on
// 127.0.0.1, calls the API through the SDK in XML and in JSON, prints what came back and where
// the docs are, then keeps both servers up until Ctrl-C (`--once` stops right after the demo).
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { once: { type: 'boolean', default: false } } });
process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.REDOCLY_TELEMETRY = 'off';
process.env.REDOCLY_SUPPRESS_UPDATE_NOTICE = 'true';

console.log('Building spec, client, SDK and docs…');
execFileSync('turbo', ['run', 'build', '--filter=@litmos-kit/sdk', '--filter=@litmos-kit/docs', '--output-logs=errors-only'], { stdio: 'inherit' });

const { startMock } = await import('@litmos-kit/mock');
const { serveDocs } = await import('@litmos-kit/docs');
const { createLitmos } = await import('@litmos-kit/sdk');

/** Listens on the usual port, or on any free one when it is taken. */
async function listen(start, port) {
  try {
    return await start({ port });
  } catch {
    return start({ port: 0 });
  }
}

const mock = await listen(startMock, 4010);
const docs = await listen(serveDocs, 8080);
console.log(`\nMock (Prism) on ${mock.url}`);

const show = (label, rows) => {
  console.log(`\n${label}: ${rows.length} record(s)`);
  for (const row of rows) console.log(`  ${JSON.stringify(row)}`);
};

for (const format of ['xml', 'json']) {
  console.log(`\n=== ${format.toUpperCase()} ===`);
  const litmos = createLitmos({ apiKey: 'demo-key-not-secret', source: 'litmos-kit-demo', baseUrl: mock.url, format });
  show('achievements.list({ since: "2026-10-01" })', await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 10 }));
  if (litmos.org?.users?.changed) {
    const rows = await litmos.org.users.changed({ since: '2026-11-01 00:00:00', to: '2026-11-08 00:00:00' }).toArray({ max: 10 });
    show('org.users.changed({ since, to })', rows.map(({ Id, UserName, FullName, UpdatedDate }) => ({ Id, UserName, FullName, UpdatedDate })));
  }
}

console.log(`\nAPI reference (offline Redoc build): ${docs.url}`);
if (values.once) {
  await Promise.all([mock.close(), docs.close()]);
} else {
  console.log('Mock and docs keep running; press Ctrl-C to stop.');
  const stop = () => Promise.all([mock.close(), docs.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
