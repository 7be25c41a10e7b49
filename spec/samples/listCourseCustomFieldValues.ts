import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.customFields.list({
  courseId: "Cs2dFg6HkL9m1"
});
console.log(result);
