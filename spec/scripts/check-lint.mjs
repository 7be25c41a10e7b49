// Lints the spec with redocly and fails on any error or warning, so "clean" means zero of both.
// The only ignored problems are the XML examples listed in .redocly.lint-ignore.yaml (see README).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
// The ignore file may only excuse Redocly's JSON check of XML examples, nothing else.
const ignoreFile = readFileSync(new URL('../.redocly.lint-ignore.yaml', import.meta.url), 'utf8');
let file = '';
for (const line of ignoreFile.split('\n')) {
  if (/^\S.*:$/.test(line)) file = line.slice(0, -1);
  else if (/^  \S.*:$/.test(line) && !(line.trim() === 'no-invalid-media-type-examples:' && /\.xml\.yaml$/.test(file))) {
    console.error(`spec lint: .redocly.lint-ignore.yaml ignores ${line.trim()} in ${file}; only XML examples may be listed`);
    process.exit(1);
  }
}

const run = spawnSync(process.execPath, [cli, 'lint', 'openapi.yaml', '--format=stylish'], {
  encoding: 'utf8',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
});
const output = `${run.stdout}\n${run.stderr}`;
const problems = output.split('\n').filter((line) => /\b(error|warning)\b\s+\S/.test(line));
if (run.status !== 0 || problems.length > 0 || !/Your API description is valid/.test(output)) {
  console.error(output);
  console.error(`spec lint: ${problems.length} problem(s)`);
  process.exit(1);
}
const ignored = /(\d+) problems? (is|are) explicitly ignored/.exec(output)?.[1] ?? '0';
console.log(`spec lint: 0 errors, 0 warnings (${ignored} XML example checks delegated to the SDK tests)`);
