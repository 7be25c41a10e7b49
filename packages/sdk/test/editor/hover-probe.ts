// Code a user writes against the built package; `/*@name*/` marks where the hover is asked.
// Kept in one place so that the test and `dump-hovers.mjs` ask about exactly the same code.
export const hoverProbe = `import { createLitmos, type UserWrite } from '@litmos-kit/sdk';

const litmos = createLitmos({ apiKey: 'k', source: 's' });
for await (const person of litmos.users./*@litmos.users.list*/list({ search: 'ada' })) console.log(person.UserName);
const person = await litmos.users./*@litmos.users.get*/get('a1b2c3');
declare const profile: UserWrite;
await litmos.users./*@litmos.users.update*/update({ userId: person.Id, body: profile });
await litmos.users./*@litmos.users.patch*/patch('a1b2c3', { JobTitle: 'Engineer' });
litmos.org.users.changed({ /*@since*/since: '2026-01-01', to: new Date() });
console.log(person);
`;
