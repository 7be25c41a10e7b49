import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.tokens.create({
  body: [
    {
      TokenCode: "NEW-STARTER",
      TokenType: 3,
      TokenTypeId: "Lp4sDf7GhJ2k1",
      Active: true,
      MaximumActivations: 100,
      TokenExpiration: "2027-06-30 23:59:59"
    },
    {
      TokenCode: "FIELDOPS-BUNDLE",
      TokenType: 4,
      TokenTypeId: "Ls5rTy8UiO2w1",
      Active: true,
      MaximumActivations: 40,
      TokenExpiration: "2026-12-31 00:00:00"
    }
  ]
});
console.log(result);
