import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.users.courses.assign({
  userId: "Qm3vXb7LpT2k1",
  body: [
    {
      Id: "Cs2dFg6HkL9m1"
    },
    {
      Id: "Cp5tYu8IoP3q1"
    }
  ]
});
console.log(result);
