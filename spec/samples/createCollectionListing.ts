import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.collectionListings.create({
  body: {
    Id: "",
    Name: "Field Operations 2026",
    Active: true,
    DurationType: "Fixed",
    MaxUsers: "unlimited",
    DurationDays: 0,
    FixedDate: "12/31/2026 12:00:00 AM",
    CollectionId: "Cl8nBv3MxK6q1"
  }
});
console.log(result);
