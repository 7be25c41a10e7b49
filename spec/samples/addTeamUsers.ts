import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.users.add({
  teamId: "Tm6zXc9VbN4m1",
  body: [
    {
      Id: "Qm3vXb7LpT2k1"
    },
    {
      Id: "Pz6yHn3KsW8d1"
    }
  ]
});
console.log(result);
