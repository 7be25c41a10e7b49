import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.events.update({
  courseId: "Cs2dFg6HkL9m1",
  eventId: "Md4iLt6WkS9p1",
  body: {
    Id: "Md4iLt6WkS9p1",
    Code: "FORK-ILT",
    Name: "Forklift Safety Workshop",
    Description: "Hands-on forklift checks & driving practice; bring safety boots."
  }
});
console.log(result);
