import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.modules.mirror({
  courseId: "Cs2dFg6HkL9m1",
  body: [
    {
      Id: "Md5kPr8ZtW2c1"
    }
  ]
});
console.log(result);
