// Run by redirects.test.ts under each Node found on the machine: one SDK call against a server
// that redirects it, from the built package (dist/), as an application would. Prints the outcome
// as one JSON line.
import { createLitmos } from '../../dist/index.js';

const [baseUrl, apiKey, kind] = process.argv.slice(2);
const litmos = createLitmos({ apiKey, source: 'redirect-probe', baseUrl, format: 'json', rateLimit: false, retry: { baseDelayMs: 1 } });
const call =
  kind === 'post'
    ? litmos.teams.create({ body: { Id: '', Name: 'Probe team', Description: 'x', ParentTeamId: '' } })
    : litmos.achievements.list().toArray({ max: 5 });
try {
  await call;
  console.log(JSON.stringify({ outcome: 'value', node: process.version }));
} catch (error) {
  console.log(
    JSON.stringify({
      outcome: 'error',
      node: process.version,
      name: error?.name,
      location: error?.location,
      message: error?.message,
      json: JSON.stringify(error),
    }),
  );
}
