import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collectionListings.delete({
  collectionId: "Cl8nBv3MxK6q1",
  listingId: "Ls5rTy8UiO2w1"
});
console.log(result);
