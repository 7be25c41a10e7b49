// Runs Verdaccio (the local npm registry of the packaging tests) in its own process, so its
// logs, its `process.exit` on a bad configuration and its load stay out of the test process.
//   node run-verdaccio.mjs <storage folder>
// Listens on 127.0.0.1 and a free port, then prints `verdaccio ready at <url>`: the ready signal
// start-registry.ts waits for. It has no uplink: a package that was not published here is a 404,
// never a download. Anyone may read and publish; it lives only as long as one test run.
import { runServer } from 'verdaccio';

const [storage] = process.argv.slice(2);
if (!storage) throw new Error('usage: node run-verdaccio.mjs <storage folder>');

const server = await runServer({
  self_path: storage,
  storage,
  uplinks: {},
  packages: { '**': { access: '$all', publish: '$anonymous $authenticated', unpublish: '$anonymous $authenticated' } },
  web: { enable: false },
  // Tarballs are small, but the third-party ones (zod) are a few MB once base64-encoded.
  max_body_size: '200mb',
  log: { type: 'stdout', format: 'pretty', level: 'warn' },
});
server.listen(0, '127.0.0.1', () => {
  console.log(`verdaccio ready at http://127.0.0.1:${server.address().port}`);
});
// The parent stops it with SIGTERM; close the listener and let the process end.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
