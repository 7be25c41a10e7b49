import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.events.create({
  courseId: "Cs2dFg6HkL9m1",
  body: {
    Id: "",
    Code: "FORK-ILT",
    Name: "Forklift Safety Workshop",
    Description: "Hands-on forklift checks & driving practice with an instructor."
  }
});
console.log(result);
