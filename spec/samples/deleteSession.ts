import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.sessions.delete({
  courseId: "Cs2dFg6HkL9m1",
  moduleId: "Md3qWe6RtY8u1",
  sessionId: "Ss2nQw5ErT7y1"
});
console.log(result);
