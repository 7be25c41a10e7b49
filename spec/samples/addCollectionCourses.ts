import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collections.courses.add({
  collectionId: "Cl8nBv3MxK6q1",
  body: [
    {
      Id: "Cs2dFg6HkL9m1",
      SeqId: "1"
    },
    {
      Id: "Cp5tYu8IoP3q1",
      SeqId: "2"
    }
  ]
});
console.log(result);
