import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.courses.unassign({
  teamId: "Tm6zXc9VbN4m1",
  body: [
    {
      Id: "Cs2dFg6HkL9m1",
      CourseTeamLibrary: true
    }
  ]
});
console.log(result);
