import { createLitmos } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY ?? '', source: 'acme-hr-sync' });

const result = await litmos.tokens.get({
  tokenId: "Tk3hJk6LmN8b1"
});
console.log(result);
