import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

// Reads every page; stop early with `break`.
for await (const row of litmos.instructors.sessions.list({
  instructorId: "Pz6yHn3KsW8d1"
})) {
  console.log(row);
}
