import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.create({
  body: {
    Id: "",
    Name: "Customer Support",
    Description: null,
    ParentTeamId: ""
  }
});
console.log(result);
