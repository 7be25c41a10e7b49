import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collectionListings.teams.add({
  listingId: "Ls5rTy8UiO2w1",
  teamId: "Tm6zXc9VbN4m1"
});
console.log(result);
