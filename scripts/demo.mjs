// The README's first command: builds what is needed, starts the mock and the docs on
// 127.0.0.1, calls the API through the SDK in XML and in JSON, then the peer APIs (iSpring Learn
// learner results, Xbox Live achievements) through their SDKs on mocks of their own specs, prints
// what came back and where the docs are, then keeps the servers up until Ctrl-C (`--once` stops
// right after the demo).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { once: { type: 'boolean', default: false } } });
process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.REDOCLY_TELEMETRY = 'off';
process.env.REDOCLY_SUPPRESS_UPDATE_NOTICE = 'true';

console.log('Building spec, clients, SDKs and docs…');
execFileSync(
  'turbo',
  [
    'run',
    'build',
    '--filter=@litmos-kit/sdk',
    '--filter=@litmos-kit/ispring',
    '--filter=@litmos-kit/xbox',
    '--filter=@litmos-kit/docs',
    '--output-logs=errors-only',
  ],
  { stdio: 'inherit' },
);

const { startMock } = await import('@litmos-kit/mock');
const { serveDocs } = await import('@litmos-kit/docs');
const { createLitmos } = await import('@litmos-kit/sdk');

/**
 * A workspace package that the root does not depend on, loaded by its own name from its own
 * folder (a package may import itself through its exports map), with its spec path resolved the
 * same way.
 */
async function peerPackage(dir, name, spec) {
  const require = createRequire(new URL(`../packages/${dir}/package.json`, import.meta.url));
  return { sdk: await import(pathToFileURL(require.resolve(name)).href), specPath: require.resolve(`@litmos-kit/spec/${spec}`) };
}
const ispringPackage = await peerPackage('ispring', '@litmos-kit/ispring', 'ispring.yaml');
const xboxPackage = await peerPackage('xbox', '@litmos-kit/xbox', 'xbox.yaml');

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
// The peer APIs' mocks take any free port: nothing else needs to find them.
const ispringMock = await startMock({ specPath: ispringPackage.specPath });
const xboxMock = await startMock({ specPath: xboxPackage.specPath });
const servers = [mock, docs, ispringMock, xboxMock];
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
    show(
      'org.users.changed({ since, to })',
      rows.map(({ Id, UserName, FullName, UpdatedDate }) => ({ Id, UserName, FullName, UpdatedDate })),
    );
  }
}

/** Prints each request as it goes on the wire (the URL as the SDKs show it, secrets redacted). */
const wire = { onRequest: ({ method, url }) => console.log(`  wire: ${method} ${url}`) };

console.log(`\n=== iSpring Learn (Prism on ${ispringMock.url}, spec/ispring) ===`);
const ispring = ispringPackage.sdk.createIspring({ token: 'demo-token-not-secret', baseUrl: ispringMock.url, hooks: wire });
show(
  'learners.results.list({ userIds, accessDate: { startDate, endDate } })',
  await ispring.learners.results
    .list({
      userIds: ['114dba08-a75e-11eb-b4e5-0242ac13002a'],
      accessDate: { startDate: new Date('2019-01-01T00:00:00Z'), endDate: '2021-12-31T23:59:59Z' },
      pageSize: 100,
    })
    .toArray({ max: 10 }),
);

console.log(`\n=== Xbox Live (Prism on ${xboxMock.url}, spec/xbox) ===`);
const xbox = xboxPackage.sdk.createXbox({
  authorization: { userHash: '1234567890123456789', token: 'demo-token-not-secret' },
  acceptLanguage: 'en-US',
  baseUrl: xboxMock.url,
  hooks: wire,
});
const achievements = [];
for await (const page of xbox.users.achievements.list({ xuid: '2533274792693551', unlockedOnly: true, maxItems: 10 }).pages()) {
  console.log(`  page: ${page.received} of ${page.total} achievement(s), next: ${page.next ? JSON.stringify(page.next) : 'none'}`);
  achievements.push(...page.items);
}
show(
  'users.achievements.list({ xuid, unlockedOnly, maxItems })',
  achievements.map(({ serviceConfigId, id, name, progressState, progression, rewards }) => ({
    serviceConfigId,
    id,
    name,
    progressState,
    timeUnlocked: progression.timeUnlocked,
    rewards: rewards.map(({ type, value }) => `${type} ${value}`),
  })),
);

console.log(`\nAPI reference (offline Redoc build): ${docs.url}`);
if (values.once) {
  await Promise.all(servers.map((server) => server.close()));
} else {
  console.log('Mocks and docs keep running; press Ctrl-C to stop.');
  const stop = () => Promise.all(servers.map((server) => server.close())).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
