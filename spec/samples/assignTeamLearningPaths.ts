import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.learningPaths.assign({
  teamId: "Tm6zXc9VbN4m1",
  body: [
    {
      Id: "Lp4sDf7GhJ2k1"
    }
  ]
});
console.log(result);
