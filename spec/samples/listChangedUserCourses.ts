import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

// Reads every page; stop early with `break`.
for await (const row of litmos.org.users.courses({
  since: "2026-11-01 00:00:00",
  to: "2026-11-08 00:00:00"
})) {
  console.log(row);
}
