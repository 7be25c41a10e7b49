import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The package.json inside an npm tarball (`package/package.json`). */
export function readPackedManifest(tarball: Buffer, file = 'the tarball'): Record<string, any> {
  const tar = gunzipSync(tarball);
  const text = (start: number, length: number) => tar.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  // A tar file is 512-byte headers, each followed by its file's bytes rounded up to 512.
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0; ) {
    const size = Number.parseInt(text(at + 124, 12).trim() || '0', 8);
    const prefix = text(at + 345, 155);
    const name = prefix ? `${prefix}/${text(at, 100)}` : text(at, 100);
    if (/^[^/]+\/package\.json$/.test(name)) return JSON.parse(tar.toString('utf8', at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${file} has no package/package.json`);
}

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
