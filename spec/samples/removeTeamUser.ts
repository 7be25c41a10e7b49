import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.users.remove({
  teamId: "Tm6zXc9VbN4m1",
  userId: "Qm3vXb7LpT2k1"
});
console.log(result);
