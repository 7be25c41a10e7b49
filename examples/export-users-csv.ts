// User export to CSV: every person in the account, one row each, in a file a spreadsheet opens.
//
//   node export-users-csv.ts [users.csv]
//
// The SDK pages through the list (1,000 people per request) and paces the requests to Litmos'
// rate limit; rows are written as they arrive, so memory stays flat however large the account.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { UserSummary } from '@litmos-kit/sdk';
import { litmosFromEnv } from './litmos-from-env.ts';

const path = process.argv[2] ?? 'users.csv';
const columns = ['Id', 'UserName', 'FirstName', 'LastName', 'Email', 'AccessLevel', 'Active'] as const satisfies readonly (keyof UserSummary)[];

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const litmos = litmosFromEnv('example-export-users-csv');
const out = createWriteStream(path);
const write = async (line: string) => {
  // Wait for the file when it falls behind, instead of buffering the whole export in memory.
  if (!out.write(`${line}\r\n`)) await once(out, 'drain');
};

await write(columns.join(','));
let rows = 0;
for await (const user of litmos.users.list({ limit: 1000 })) {
  await write(columns.map((column) => field(user[column])).join(','));
  rows++;
}
out.end();
await once(out, 'finish');
console.log(`wrote ${rows} people to ${path}`);
