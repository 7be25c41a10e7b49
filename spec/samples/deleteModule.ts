import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.modules.delete({
  moduleId: "Md3qWe6RtY8u1"
});
console.log(result);
