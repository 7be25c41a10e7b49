import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.modules.remove({
  courseId: "Cs2dFg6HkL9m1",
  moduleId: "Md3qWe6RtY8u1"
});
console.log(result);
