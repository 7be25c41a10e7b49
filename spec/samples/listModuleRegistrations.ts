import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

// Reads every page; stop early with `break`.
for await (const row of litmos.courses.modules.registrations.list({
  courseId: "Cs2dFg6HkL9m1",
  moduleId: "Md3qWe6RtY8u1"
})) {
  console.log(row);
}
