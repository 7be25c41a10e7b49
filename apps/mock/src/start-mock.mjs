// @ts-check
// Starts Prism in-process on the bundled Litmos spec. In-process (rather than spawning the CLI)
// gives an exact ready signal (listen resolves), an ephemeral port for tests and a clean stop.
// Clients talk to a front server that makes Prism answer like Litmos (create-front-handler.mjs).
import { readFileSync, realpathSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { htmlErrorPage } from '@litmos-kit/spec/wire';
import { createFrontHandler, DEFAULT_MAX_BODY_BYTES } from './create-front-handler.mjs';

const require = createRequire(import.meta.url);
const { createServer } = require('@stoplight/prism-http-server');
const { getHttpOperationsFromSpec } = require('@stoplight/prism-cli/dist/operations');
const { createLogger } = require('@stoplight/prism-core');

/** Path of the bundled spec that the mock serves. */
export const defaultSpecPath = require.resolve('@litmos-kit/spec/openapi.yaml');

export { DEFAULT_MAX_BODY_BYTES };

/** The same file, whichever of its bundled forms (`.yaml`, `.json`) or links names it. */
const sameSpec = (/** @type {string} */ a, /** @type {string} */ b) => {
  const base = (/** @type {string} */ path) => realpathSync(path).replace(/\.(ya?ml|json)$/, '');
  try {
    return base(a) === base(b);
  } catch {
    return false;
  }
};

/**
 * @param {{ port?: number, host?: string, specPath?: string, wire?: 'litmos' | 'prism', maxBodyBytes?: number, allowedHosts?: readonly string[] }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startMock(options = {}) {
  const { port = 0, host = '127.0.0.1', specPath = defaultSpecPath, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  const wire = options.wire ?? (sameSpec(specPath, defaultSpecPath) ? 'litmos' : 'prism');
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 0))
    throw new TypeError(`Expected \`maxBodyBytes\` to be a whole number of bytes, got ${maxBodyBytes}`);
  const operations = await getHttpOperationsFromSpec(specPath);
  const prism = createServer(operations, {
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
      upstreamProxy: undefined,
    },
  });
  const inner = new URL(await prism.listen(0, '127.0.0.1'));
  const spec = JSON.parse(readFileSync(specPath.replace(/\.ya?ml$/, '.json'), 'utf8'));

  /** @type {import('./create-front-handler.mjs').Forward} */
  const forward = ({ method, path, headers, body }) =>
    new Promise((resolve, reject) => {
      /** @type {Record<string, string | string[]>} */
      const sent = { host: inner.host };
      for (const [name, value] of Object.entries(headers)) if (value !== undefined && name !== 'host') sent[name] = value;
      const request = httpRequest({ host: inner.hostname, port: inner.port, method, path, headers: sent }, (answer) => {
        /** @type {Buffer[]} */
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
        answer.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  const handle = createFrontHandler({ spec, forward, maxBodyBytes, litmos: wire === 'litmos', listeningHost: host, allowedHosts: options.allowedHosts ?? [] });

  const front = createHttpServer((req, res) => {
    handle(req, res).catch((error) => {
      // Whatever fails inside answers 500 (WCF's page); it never ends the process.
      if (res.headersSent) return void res.destroy();
      const page = htmlErrorPage(500, `The server encountered an error processing the request. ${error instanceof Error ? error.message : String(error)}`);
      res.writeHead(500, { 'content-type': page.contentType, 'content-length': Buffer.byteLength(page.text), connection: 'close' });
      res.end(page.text);
    });
  });
  try {
    await new Promise((resolve, reject) => {
      front.once('error', reject);
      front.listen(port, host, () => resolve(undefined));
    });
  } catch (error) {
    // A taken port must not leave Prism running behind a server that never started.
    await prism.close();
    throw error;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (front.address());
  return {
    url: `http://${host}:${address.port}`,
    close: async () => {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(() => resolve(undefined)));
      await prism.close();
    },
  };
}
