// @ts-check
// Starts Prism in-process on the bundled Litmos spec. In-process (rather than spawning the CLI)
// gives an exact ready signal (listen resolves), an ephemeral port for tests and a clean stop.
// A thin front server turns XML request bodies into JSON first (see xml-body-to-json.mjs).
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { createXmlBodyConverter } from './xml-body-to-json.mjs';

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
  const jsonSpec = JSON.parse(readFileSync(specPath.replace(/\.yaml$/, '.json'), 'utf8'));
  const xmlToJson = createXmlBodyConverter(jsonSpec);

  const front = createHttpServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    let body = Buffer.concat(chunks);
    const headers = /** @type {Record<string, string | string[] | undefined>} */ ({ ...req.headers, host: inner.host });
    if (body.length > 0 && /[/+]xml\b/i.test(String(req.headers['content-type'] ?? ''))) {
      const json = xmlToJson(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname, body.toString('utf8'));
      if (json !== undefined) {
        body = Buffer.from(JSON.stringify(json));
        headers['content-type'] = 'application/json';
        headers['x-litmos-mock-original-content-type'] = String(req.headers['content-type']);
      }
    }
    headers['content-length'] = String(body.length);
    const forward = httpRequest({ host: inner.hostname, port: inner.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', (error) => res.writeHead(502, { 'content-type': 'text/plain' }).end(`mock front: ${error.message}`));
    forward.end(body);
  });
  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, host, () => resolve(undefined));
  });
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
