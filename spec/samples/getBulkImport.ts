import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.bulkImports.get({
  bulkImportId: "Bi4xCv7BnM2a1"
});
console.log(result);
