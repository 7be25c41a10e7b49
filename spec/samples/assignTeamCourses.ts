import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.teams.courses.assign({
  teamId: "Tm6zXc9VbN4m1",
  body: [
    {
      Id: "Cp5tYu8IoP3q1",
      CourseTeamLibrary: false
    }
  ]
});
console.log(result);
