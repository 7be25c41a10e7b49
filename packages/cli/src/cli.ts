#!/usr/bin/env node
/**
 * The `litmos` binary. Ctrl-C (or SIGTERM) stops the command at the next safe point: the page in
 * flight is dropped, every complete page stays written with its checkpoint, and the exit code
 * is 130. A second Ctrl-C exits at once.
 */
import { ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';

const controller = new AbortController();
let signals = 0;
const stop = (signal: NodeJS.Signals) => {
  if (++signals > 1) process.exit(ExitCode.interrupted);
  controller.abort(new Error(`stopped by ${signal}`));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// `litmos export users | head` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitCode.ok);
  throw error;
});

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, signal: controller.signal });
// Exit once stdout has been flushed; idle keep-alive sockets must not hold the process open.
process.stdout.write('', () => process.exit(code));
