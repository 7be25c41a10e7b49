// How every example connects: the key from LITMOS_API_KEY, and the host from LITMOS_REGION
// (us, eu or au; us by default) or LITMOS_BASE_URL (a full URL, such as a local sandbox's).
// `node run-with-sandbox.ts <example>` sets them for a sandbox on 127.0.0.1.
import { createLitmos, type Litmos, type Region } from '@litmos-kit/sdk';

/** A Litmos client configured from the environment; `source` names the integration to Litmos. */
export function litmosFromEnv(source: string): Litmos {
  const { LITMOS_API_KEY: apiKey, LITMOS_BASE_URL: baseUrl, LITMOS_REGION: region } = process.env;
  if (!apiKey) throw new Error('Set LITMOS_API_KEY, or run the example with `node run-with-sandbox.ts <example>`');
  return createLitmos({
    apiKey,
    source,
    ...(baseUrl ? { baseUrl } : { region: (region ?? 'us') as Region }),
    // Rate-limit waits, retries and 503 pauses show up on stderr.
    logger: { error: console.error, warn: console.error, info: console.error, debug: () => {} },
  });
}
