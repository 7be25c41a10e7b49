import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courses.sessionDays.users.attended({
  courseId: "Cs2dFg6HkL9m1",
  moduleId: "Md3qWe6RtY8u1",
  sessionDayId: "Sd3aZx7CvB2n1",
  userId: "Qm3vXb7LpT2k1",
  attended: true
});
console.log(result);
