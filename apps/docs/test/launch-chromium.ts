// Debian's Chromium for the reference's browser tests, started through the shared bound: on a
// loaded machine its own start-up bound (30 s by default) is too short.
import { type Browser, chromium } from 'playwright-core';
import { STARTUP_BOUND_MS, startServer } from '../../../test-support/start-server.js';

/** Starts headless Chromium (`CHROMIUM_PATH`, else `/usr/bin/chromium`); the caller closes it. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return startServer(
    `Chromium (${executablePath})`,
    () =>
      chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        timeout: STARTUP_BOUND_MS,
      }),
    { stop: (b) => b.close() },
  );
}
