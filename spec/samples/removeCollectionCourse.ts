import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collections.courses.remove({
  collectionId: "Cl8nBv3MxK6q1",
  body: [
    {
      Id: "Cp5tYu8IoP3q1"
    }
  ]
});
console.log(result);
