// A TypeScript consumer of the packed packages, type-checked under moduleResolution `bundler`
// and `node16` (tsconfig.*.json beside it). Never run.
import { type Achievement, createLitmos, isLitmosError, type Litmos, LitmosApiError, type Pager, RateLimitError } from '@litmos-kit/sdk';
import { achievements, createLitmosClient } from '@litmos-kit/sdk/resources';

const litmos: Litmos = createLitmos({ apiKey: 'key', source: 'typed-consumer', region: 'eu', format: 'json' });

const pager: Pager<Achievement> = litmos.achievements.list({ since: new Date('2026-10-01') });
const rows: Achievement[] = await pager.toArray({ max: 10 });
for (const row of rows) {
  const title: string = row.Title;
  // Only a row's identity is required; Litmos may leave any other field out.
  const compliantUntil: string | null | undefined = row.CompliantTillDate;
  console.log(row.UserId, title, compliantUntil);
}

try {
  await litmos.achievements.list({ since: '2026-10-01' }).toArray({ max: 1 });
} catch (error) {
  if (error instanceof RateLimitError) console.log(error.retryAfterMs);
  else if (error instanceof LitmosApiError) console.log(error.status satisfies number, error.detail);
  else if (isLitmosError(error)) console.log(error.message);
}

// @ts-expect-error `apiKey` is required.
createLitmos({ source: 'typed-consumer' });

// A client of one resource, from the smaller entry: the same methods, and only those.
const picked: Pick<Litmos, 'achievements'> = createLitmosClient({ apiKey: 'key', source: 'typed-consumer' }, { achievements });
const pickedRows: Achievement[] = await picked.achievements.list().toArray({ max: 1 });
console.log(pickedRows.length);
// @ts-expect-error `users` was not picked.
picked.users;
