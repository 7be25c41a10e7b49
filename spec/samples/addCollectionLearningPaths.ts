import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collections.learningPaths.add({
  collectionId: "Cl8nBv3MxK6q1",
  body: [
    {
      Id: "Lp4sDf7GhJ2k1",
      SeqId: "3"
    }
  ]
});
console.log(result);
