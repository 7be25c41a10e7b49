import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One file of an npm tarball: its path (`package/…`) and bytes. */
interface TarEntry {
  readonly path: string;
  readonly body: Buffer;
}

/** The files of a gzipped tar (what `npm pack` and `pnpm pack` write: ustar, plain files). */
function tarEntries(tarball: Buffer): TarEntry[] {
  const tar = gunzipSync(tarball);
  const text = (start: number, length: number) => tar.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  const entries: TarEntry[] = [];
  // 512-byte headers, each followed by its file's bytes rounded up to 512; two zero blocks end it.
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0; ) {
    const size = Number.parseInt(text(at + 124, 12).trim() || '0', 8);
    const prefix = text(at + 345, 155);
    const name = text(at, 100);
    entries.push({ path: prefix ? `${prefix}/${name}` : name, body: tar.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** The paths in the npm tarball at `file`, like `package/dist/index.js`. */
export function packedFiles(file: string): string[] {
  return tarEntries(readFileSync(file)).map((entry) => entry.path);
}

/** The package.json inside an npm tarball. */
export function readPackedManifest(tarball: Buffer, file = 'the tarball'): Record<string, any> {
  const manifest = tarEntries(tarball).find((entry) => /^[^/]+\/package\.json$/.test(entry.path));
  if (!manifest) throw new Error(`${file} has no package/package.json`);
  return JSON.parse(manifest.body.toString('utf8'));
}
