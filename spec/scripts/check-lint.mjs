// Lints every spec of this package with redocly and fails on any error or warning, so "clean"
// means zero of both: the Litmos spec (openapi.yaml) and the peer APIs in ispring/ and xbox/.
// The only ignored problems are XML examples listed in a spec's .redocly.lint-ignore.yaml (see README).
// Then the evidence lint: every schema, parameter, response and operation of the Litmos spec
// says where it comes from (scripts/evidence-problems.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evidenceProblems } from './evidence-problems.mjs';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const root = fileURLToPath(new URL('..', import.meta.url));

// Each spec is linted from its own directory, so Redocly picks up that directory's redocly.yaml
// and .redocly.lint-ignore.yaml. The Litmos spec must have an ignore file; the peers may.
const specs = [
  { dir: '.', ignoreRequired: true, checkedBy: 'the SDK tests' },
  { dir: 'ispring', ignoreRequired: false, checkedBy: 'the ispring-client tests' },
  { dir: 'xbox', ignoreRequired: false, checkedBy: 'the xbox-client tests' },
];

// The rules, without comments: the peers' redocly.yaml must repeat the Litmos rule set exactly.
const ruleSet = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .join('\n');
const sharedRules = ruleSet(join(root, 'redocly.yaml'));

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

for (const spec of specs) {
  const cwd = join(root, spec.dir);
  const label = spec.dir === '.' ? 'spec lint' : `spec lint (${spec.dir})`;
  if (spec.dir !== '.' && ruleSet(join(cwd, 'redocly.yaml')) !== sharedRules) {
    fail(`${label}: ${spec.dir}/redocly.yaml must hold the same rules as redocly.yaml`);
  }

  // The ignore file may only excuse Redocly's JSON check of XML examples, nothing else.
  const ignorePath = join(cwd, '.redocly.lint-ignore.yaml');
  if (spec.ignoreRequired || existsSync(ignorePath)) {
    let file = '';
    for (const line of readFileSync(ignorePath, 'utf8').split('\n')) {
      if (/^\S.*:$/.test(line)) file = line.slice(0, -1);
      else if (/^  \S.*:$/.test(line) && !(line.trim() === 'no-invalid-media-type-examples:' && /\.xml\.yaml$/.test(file))) {
        fail(`${label}: .redocly.lint-ignore.yaml ignores ${line.trim()} in ${file}; only XML examples may be listed`);
      }
    }
  }

  const run = spawnSync(process.execPath, [cli, 'lint', 'openapi.yaml', '--format=stylish'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const problems = output.split('\n').filter((line) => /\b(error|warning)\b\s+\S/.test(line) || /Your config has/.test(line));
  if (run.status !== 0 || problems.length > 0 || !/Your API description is valid/.test(output)) {
    console.error(output);
    fail(`${label}: ${problems.length} problem(s)`);
  }
  const ignored = /(\d+) problems? (is|are) explicitly ignored/.exec(output)?.[1] ?? '0';
  console.log(`${label}: 0 errors, 0 warnings (${ignored} XML example checks delegated to ${spec.checkedBy})`);
}

// The evidence lint reads the bundled Litmos spec (references resolved), written to a temporary
// directory so that linting never touches dist/.
const scratch = mkdtempSync(join(tmpdir(), 'litmos-spec-evidence-'));
const bundled = join(scratch, 'openapi.json');
const bundle = spawnSync(process.execPath, [cli, 'bundle', 'openapi.yaml', '-o', bundled], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
});
const problems = bundle.status === 0 ? evidenceProblems(JSON.parse(readFileSync(bundled, 'utf8'))) : undefined;
rmSync(scratch, { recursive: true, force: true });
if (!problems) fail(`evidence lint: could not bundle openapi.yaml\n${bundle.stdout}\n${bundle.stderr}`);
if (problems.length > 0) fail(`evidence lint: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
console.log('evidence lint: every schema, parameter, response and operation names its sources');
