import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

// Reads every page; stop early with `break`.
for await (const row of litmos.learningPaths.list()) {
  console.log(row);
}
