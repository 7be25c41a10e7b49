// The "Bring your own client" guide, run as written: its start commands start the real mock and
// sandbox (on free ports instead of 4010 and 4020), its curl commands get the format the guide
// says, and its Python, JavaScript, Go and Ruby programs page through the people of both servers
// until the empty page. No SDK of ours is involved; a guide command that fails is a failing test.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const guidePath = join(dirname(require.resolve('@litmos-kit/spec/package.json')), 'docs', 'guides', 'bring-your-own-client.md');
const guide = readFileSync(guidePath, 'utf8');
const repoRoot = join(dirname(require.resolve('@litmos-kit/spec/package.json')), '..');

/** The guide's fenced blocks, with their language. */
const blocks = [...guide.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, language, code]) => ({ language: language as string, code: code as string }));
const shellLines = blocks.filter((b) => b.language === 'sh').flatMap((b) => b.code.split('\n'));
const programs = blocks.filter((b) => ['python', 'js', 'go', 'ruby'].includes(b.language));

/** The ports the guide uses, and the servers it starts on them. */
const servers = {
  mock: { port: '4010', key: 'any-key', origin: '', process: undefined as ChildProcess | undefined },
  sandbox: { port: '4020', key: 'sandbox-api-key', origin: '', process: undefined as ChildProcess | undefined, people: 0 },
};
const work = mkdtempSync(join(tmpdir(), 'byoc-guide-'));

/**
 * Runs the guide's start command with `--port 0` and resolves with the server's origin once it
 * says it listens (and `ready` holds for its output).
 */
function start(command: string, ready: (output: string) => boolean = () => true): Promise<{ origin: string; output: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that stopping it stops pnpm and the server it runs.
    const child = spawn('bash', ['-c', command.replace(/--port \d+/, '--port 0')], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /http:\/\/127\.0\.0\.1:(?!0\b)\d+/.exec(output)?.[0];
      if (origin && ready(output)) resolve({ origin, output, child });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`\`${command}\` exited with ${code} before listening:\n${output}`)));
  });
}

function stop(child: ChildProcess | undefined) {
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

/** The guide's text with its ports replaced by the servers' real origins. */
function localise(text: string): string {
  return text.replaceAll('http://127.0.0.1:4010', servers.mock.origin).replaceAll('http://127.0.0.1:4020', servers.sandbox.origin);
}

beforeAll(async () => {
  const mockCommand = shellLines.find((line) => line.includes('@litmos-kit/mock start'));
  const sandboxCommand = shellLines.find((line) => line.includes('@litmos-kit/sandbox start'));
  expect(mockCommand, 'the guide shows how to start the mock').toBeTruthy();
  expect(sandboxCommand, 'the guide shows how to start the sandbox').toBeTruthy();
  const [mock, sandbox] = await Promise.all([start(mockCommand as string), start(sandboxCommand as string, (output) => /\d+ people/.test(output))]);
  servers.sandbox.people = Number(/(\d+) people/.exec(sandbox.output)?.[1]);
  Object.assign(servers.mock, { origin: mock.origin, process: mock.child });
  Object.assign(servers.sandbox, { origin: sandbox.origin, process: sandbox.child });
}, 600_000);

afterAll(() => {
  stop(servers.mock.process);
  stop(servers.sandbox.process);
  rmSync(work, { recursive: true, force: true });
});

describe('the "Bring your own client" guide', () => {
  it('starts both servers with its one-line commands, under /v1.svc', async () => {
    for (const { origin, key } of [servers.mock, servers.sandbox]) {
      const answer = await fetch(`${origin}/v1.svc/users?source=my-sync&limit=1`, { headers: { apikey: key } });
      expect(answer.status, origin).toBe(200);
      expect(answer.headers.get('content-type'), origin).toMatch(/xml/);
    }
  });

  it('gets from every curl command the format its comment names', () => {
    const commands = shellLines.map((line, i) => ({ line, comment: shellLines[i - 1] ?? '' })).filter(({ line }) => line.startsWith('curl '));
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const { line, comment } of commands) {
      const run = spawnSync('bash', ['-c', `${localise(line)} -w '\\n%{http_code}'`], { encoding: 'utf8', timeout: 60_000 });
      const lines = run.stdout.trimEnd().split('\n');
      const status = lines.pop();
      const body = lines.join('\n').trim();
      expect(run.status, `${line}\n${run.stderr}`).toBe(0);
      expect(status, line).toBe('200');
      const expected = /^# JSON/.test(comment) ? 'json' : 'xml';
      expect(expected === 'json' ? /^[[{]/.test(body) : body.startsWith('<'), `${line} answers ${expected}: ${body.slice(0, 80)}`).toBe(true);
    }
  });

  it('finds both servers refusing a call without a key or without source with the 403 it states', async () => {
    expect(guide).toMatch(/no key or a\s+key they do not know gets 403, and so does a call without `source`/);
    for (const [name, server] of Object.entries(servers)) {
      const noKey = await fetch(`${server.origin}/v1.svc/teams?source=my-sync&format=json`);
      expect(noKey.status, `${name} without a key`).toBe(403);
      expect(await noKey.json(), name).toEqual({ Detail: 'Invalid API key' });
      const noSource = await fetch(`${server.origin}/v1.svc/teams?format=json`, { headers: { apikey: server.key } });
      expect(noSource.status, `${name} without source`).toBe(403);
      expect(await noSource.json(), name).toEqual({ Detail: 'Please provide a source query string parameter' });
    }
    const wrongKey = await fetch(`${servers.sandbox.origin}/v1.svc/teams?source=my-sync`, { headers: { apikey: 'not-the-key' } });
    expect(wrongKey.status, 'the sandbox with a key it does not know').toBe(403);
  });

  it('finds both servers following the format rule it states', async () => {
    const cases = [
      { query: '', accept: undefined, format: 'xml' },
      { query: '', accept: '*/*', format: 'xml' },
      { query: '&format=json', accept: undefined, format: 'json' },
      { query: '&format=json', accept: 'application/xml', format: 'json' },
      { query: '', accept: 'application/json', format: 'json' },
    ] as const;
    for (const [name, server] of Object.entries(servers)) {
      for (const { query, accept, format } of cases) {
        const answer = await fetch(`${server.origin}/v1.svc/teams?source=my-sync${query}`, {
          headers: { apikey: server.key, ...(accept ? { accept } : {}) },
        });
        const body = (await answer.text()).trimStart();
        expect(answer.status, `${name} ${query} ${accept}`).toBe(200);
        expect(format === 'json' ? /^[[{]/.test(body) : body.startsWith('<'), `${name}, query "${query}", Accept ${accept}: ${format}`).toBe(true);
      }
    }
  });

  it.each(programs.map((program) => [program.language, program.code] as const))(
    'runs its %s program against both servers until the empty page',
    (language, code) => {
      const file = join(work, { python: 'list.py', js: 'list.mjs', go: 'list.go', ruby: 'list.rb' }[language] as string);
      writeFileSync(file, code);
      const command = { python: ['python3', file], js: [process.execPath, file], go: ['go', 'run', file], ruby: ['ruby', file] }[language] as string[];
      for (const [name, server] of Object.entries(servers)) {
        const run = spawnSync(command[0] as string, command.slice(1), {
          encoding: 'utf8',
          timeout: 300_000,
          env: {
            ...process.env,
            LITMOS_BASE_URL: `${server.origin}/v1.svc`,
            LITMOS_API_KEY: server.key,
            GOCACHE: join(work, 'go-cache'),
            GOPATH: join(work, 'go'),
          },
        });
        expect(run.error, `${language} could not start: is its toolchain installed?`).toBeUndefined();
        expect(run.status, `${language} against the ${name}:\n${run.stderr}`).toBe(0);
        const people = Number(/^(\d+) people$/m.exec(run.stdout)?.[1]);
        if (name === 'sandbox') expect(people, 'every person of the sandbox, once').toBe(servers.sandbox.people);
        else expect(people).toBeGreaterThan(0);
      }
    },
    900_000,
  );
});
