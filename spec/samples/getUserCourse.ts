import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.users.courses.get({
  userId: "Qm3vXb7LpT2k1",
  courseId: "Cs2dFg6HkL9m1"
});
console.log(result);
