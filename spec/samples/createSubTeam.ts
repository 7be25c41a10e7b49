import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.subTeams.create({
  teamId: "Tm6zXc9VbN4m1",
  body: {
    Id: "",
    Name: "Field Operations North",
    Description: "Technicians based at the northern depots.",
    ParentTeamId: "Tm6zXc9VbN4m1"
  }
});
console.log(result);
