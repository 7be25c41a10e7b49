import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.events.delete({
  courseId: "Cs2dFg6HkL9m1",
  eventId: "Md4iLt6WkS9p1"
});
console.log(result);
