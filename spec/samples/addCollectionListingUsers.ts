import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collectionListings.users.add({
  listingId: "Ls5rTy8UiO2w1",
  body: [
    {
      Id: "Qm3vXb7LpT2k1"
    },
    {
      Id: "Nw5pQr8sTu2v1"
    }
  ]
});
console.log(result);
