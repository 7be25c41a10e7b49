import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.users.teams.add({
  userId: "Qm3vXb7LpT2k1",
  body: [
    {
      Id: "Tm6zXc9VbN4m1"
    }
  ]
});
console.log(result);
