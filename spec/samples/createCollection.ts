import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collections.create({
  body: {
    Name: "Safety & Privacy Starter Bundle",
    Description: "Workplace safety and data privacy courses for every new starter.",
    DefaultListing: false,
    ImageURL: ""
  }
});
console.log(result);
