// Starts a real redis-server (the Debian package; scripts/ensure-system-packages.mjs installs
// it) on 127.0.0.1 and a free port, with persistence off, and stops it again.
import { type ChildProcess, spawn } from 'node:child_process';
import { closedPort } from './http-server.js';

export interface RedisProcess {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisProcess> {
  // The port is free when picked; another process could take it before redis binds, so retry.
  for (let attempt = 1; ; attempt++) {
    const port = await closedPort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ready = await waitForReady(child);
    if (ready) return { url: `redis://127.0.0.1:${port}`, stop: () => stop(child) };
    await stop(child);
    if (attempt === 3) throw new Error('redis-server did not start (is the redis-server package installed? run node scripts/ensure-system-packages.mjs)');
  }
}

function waitForReady(child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    let output = '';
    const done = (ok: boolean) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(ok);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) done(true);
    };
    const timer = setTimeout(() => done(false), 10_000);
    child.stdout?.on('data', onData);
    child.once('exit', () => done(false));
    child.once('error', () => done(false));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
