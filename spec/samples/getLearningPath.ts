import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.learningPaths.get({
  learningPathId: "Lp4sDf7GhJ2k1"
});
console.log(result);
