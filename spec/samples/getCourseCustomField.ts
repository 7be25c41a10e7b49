import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.courseCustomFields.get({
  customFieldId: "Cf7vBn2MqR5t1"
});
console.log(result);
