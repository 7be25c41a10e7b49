import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.users.courses.listForUsers({
  body: [
    {
      Id: "Qm3vXb7LpT2k1"
    },
    {
      Id: "Rx8wNc4HjZ5p1"
    }
  ]
});
console.log(result);
