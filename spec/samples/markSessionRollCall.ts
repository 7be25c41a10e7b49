import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.sessions.rollcall.mark({
  courseId: "Cs2dFg6HkL9m1",
  moduleId: "Md3qWe6RtY8u1",
  sessionId: "Ss2nQw5ErT7y1",
  body: [
    {
      Id: "Qm3vXb7LpT2k1",
      Score: 92,
      Completed: true
    },
    {
      Id: "Up6yHn2JmK9s1",
      Score: 0,
      Completed: false
    }
  ]
});
console.log(result);
