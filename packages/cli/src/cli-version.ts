import { readFileSync } from 'node:fs';

/** The version of this package, which also fixes the spec its SDK was generated from. */
export const cliVersion: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
