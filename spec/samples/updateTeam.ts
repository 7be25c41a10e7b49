import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.update({
  teamId: "Tm6zXc9VbN4m1",
  body: {
    Id: "Tm6zXc9VbN4m1",
    Name: "Field Operations",
    Description: "Technicians, supervisors & dispatchers who work on customer sites.",
    ParentTeamId: ""
  }
});
console.log(result);
