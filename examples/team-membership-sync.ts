// Team membership sync: makes Litmos teams have exactly the members another system says they
// should (an HR system, a directory group), adding the missing and removing the rest.
//
//   node team-membership-sync.ts teams.json [--dry-run]
//
// teams.json maps a team name to the usernames of its members:
//   { "Sales EMEA": ["ana.souza@example.com", "ben.okafor@example.com"], "Support": [] }
//
// It works out the difference from what Litmos says now, every time, so running it again is
// safe: after a crash or a partial failure the next run does what is left, and a run with
// nothing to do changes nothing. Names that Litmos does not know are reported, not created.
import { readFileSync } from 'node:fs';
import type { UserSummary } from '@litmos-kit/sdk';
import { litmosFromEnv } from './litmos-from-env.ts';

const [file, flag] = process.argv.slice(2);
if (!file) throw new Error('usage: node team-membership-sync.ts teams.json [--dry-run]');
const dryRun = flag === '--dry-run';
const wanted: Record<string, string[]> = JSON.parse(readFileSync(file, 'utf8'));

const litmos = litmosFromEnv('example-team-membership-sync');

// Litmos adds and removes members by Id; the source system knows names. Look every name up
// once. (Usernames are compared without case, as people type them in both. The SDK reads
// tolerantly, so a record without a name is possible, and skipped.)
const teamIds = new Map<string, string>();
for await (const team of litmos.teams.list()) if (team.Name) teamIds.set(team.Name, team.Id);
const users = new Map<string, UserSummary>();
for await (const user of litmos.users.list()) if (user.UserName) users.set(user.UserName.toLowerCase(), user);

let changes = 0;
for (const [teamName, usernames] of Object.entries(wanted)) {
  const teamId = teamIds.get(teamName);
  if (!teamId) {
    console.log(`${teamName}: no such team in Litmos; skipped`);
    continue;
  }
  const named = usernames.map((name) => ({ name, user: users.get(name.toLowerCase()) }));
  const unknown = named.filter(({ user }) => !user).map(({ name }) => name);
  if (unknown.length) console.log(`${teamName}: no such people in Litmos, not added: ${unknown.join(', ')}`);
  // A deactivated person cannot be added to a team; one that is named is not removed either.
  const inactive = named.filter(({ user }) => user?.Active === false).map(({ name }) => name);
  if (inactive.length) console.log(`${teamName}: inactive in Litmos, not added: ${inactive.join(', ')}`);
  const should = new Set(named.flatMap(({ user }) => (user && user.Active !== false ? [user.Id] : [])));
  const keep = new Set(named.flatMap(({ user }) => (user ? [user.Id] : [])));
  const has = new Set<string>();
  for await (const member of litmos.teams.users.list({ teamId })) has.add(member.Id);

  const add = [...should].filter((id) => !has.has(id));
  const remove = [...has].filter((id) => !keep.has(id));
  console.log(`${teamName}: ${has.size} members now, adding ${add.length}, removing ${remove.length}${dryRun ? ' (dry run)' : ''}`);
  if (dryRun) continue;
  // One request adds many people; without `sendmessage: false` Litmos e-mails each of them.
  if (add.length) await litmos.teams.users.add({ teamId, sendmessage: false, body: add.map((Id) => ({ Id })) });
  for (const userId of remove) await litmos.teams.users.remove({ teamId, userId });
  changes += add.length + remove.length;
}
console.log(dryRun ? 'dry run: nothing changed' : `done: ${changes} membership changes`);
