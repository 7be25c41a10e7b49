import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.tokens.update({
  body: [
    {
      TokenId: "Tk3hJk6LmN8b1",
      TokenCode: "SAFE101-2026",
      TokenType: 1,
      TokenTypeId: "Cs2dFg6HkL9m1",
      Active: true,
      MaximumActivations: 300,
      TokenExpiration: "2026-12-31 23:59:59"
    },
    {
      TokenId: "Tk7gFd2SaQ4z1",
      TokenCode: "FIELDOPS-JOIN",
      TokenType: 2,
      TokenTypeId: "Tm6zXc9VbN4m1",
      Active: false,
      MaximumActivations: 50,
      TokenExpiration: "2027-03-31 00:00:00"
    }
  ]
});
console.log(result);
