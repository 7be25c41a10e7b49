import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({
  apiKey: process.env.LITMOS_API_KEY ?? '',
  source: 'acme-hr-sync',
  lrs: { companyDomain: 'northwind', dbInstance: 'db1', username: process.env.LRS_USERNAME ?? '', password: process.env.LRS_PASSWORD ?? '' },
});

const result = await litmos.lrs.statements.list();
console.log(result);
