import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.users.customFields.set({
  userId: "Qm3vXb7LpT2k1",
  body: [
    {
      fieldname: "Department",
      Value: "Field Service"
    },
    {
      fieldname: "Shift pattern",
      Value: "Early"
    }
  ]
});
console.log(result);
