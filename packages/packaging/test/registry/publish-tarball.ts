import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readPackedManifest } from '../read-tarball.js';

/**
 * Publishes one npm tarball to `registry` the way `npm publish` does (one PUT of the package
 * document with the tarball attached), without spawning npm for each of a dozen tarballs.
 * Resolves with `name@version`.
 */
export async function publishTarball(registry: string, file: string): Promise<string> {
  const data = readFileSync(file);
  const manifest = readPackedManifest(data, basename(file));
  const { name, version } = manifest as { name: string; version: string };
  const tarballName = `${name}-${version}.tgz`;
  const body = {
    _id: name,
    name,
    description: manifest.description,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        ...manifest,
        _id: `${name}@${version}`,
        dist: {
          integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
          shasum: createHash('sha1').update(data).digest('hex'),
          tarball: new URL(`${name}/-/${tarballName}`, registry).href,
        },
      },
    },
    _attachments: { [tarballName]: { content_type: 'application/octet-stream', data: data.toString('base64'), length: data.length } },
  };
  const response = await fetch(new URL(name.replace('/', '%2f'), registry), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`publishing ${name}@${version} from ${basename(file)} to ${registry} failed: ${response.status} ${await response.text()}`);
  return `${name}@${version}`;
}
