import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collections.delete({
  collectionId: "Cl8nBv3MxK6q1"
});
console.log(result);
