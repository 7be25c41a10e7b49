import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.modules.results.set({
  moduleId: "Md3qWe6RtY8u1",
  body: {
    CourseId: "Cs2dFg6HkL9m1",
    UserId: "Rx8wNc4HjZ5p1",
    Score: 88,
    Completed: true,
    UpdatedAt: "/Date(1793809200000)/",
    Note: "Paper quiz at the depot, marked & signed off by Carla"
  }
});
console.log(result);
