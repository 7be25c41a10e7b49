// @ts-check
// Starts Prism in-process on the bundled Litmos spec. In-process (rather than spawning the CLI)
// gives an exact ready signal (listen resolves), an ephemeral port for tests and a clean stop.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createServer } = require('@stoplight/prism-http-server');
const { getHttpOperationsFromSpec } = require('@stoplight/prism-cli/dist/operations');
const { createLogger } = require('@stoplight/prism-core');

/** Path of the bundled spec that the mock serves. */
export const defaultSpecPath = require.resolve('@litmos-kit/spec/openapi.yaml');

/**
 * @param {{ port?: number, host?: string, specPath?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startMock(options = {}) {
  const { port = 0, host = '127.0.0.1', specPath = defaultSpecPath } = options;
  const operations = await getHttpOperationsFromSpec(specPath);
  const server = createServer(operations, {
    components: { logger: createLogger('litmos-mock', { level: 'silent' }) },
    cors: false,
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      // Static examples only: Prism's generated XML ignores the spec's element names.
      mock: { dynamic: false },
      // With errors on, Prism would turn its own XML examples into 500s (it validates XML text
      // against the object schema); violations are reported in the sl-violations header instead.
      errors: false,
      isProxy: false,
    },
  });
  const address = await server.listen(port, host);
  const url = address.replace('0.0.0.0', host);
  return { url, close: () => server.close() };
}
