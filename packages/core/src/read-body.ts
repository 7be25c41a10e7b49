/**
 * Reads a response body chunk by chunk, counting bytes as `fetch` hands them over (after
 * decompression), and stops as soon as the count passes `maxBytes`: the rest is cancelled, not
 * downloaded. A declared `Content-Length` over the limit ends the read before the first chunk.
 * `response.arrayBuffer()` would hold the whole body however large, and a few kilobytes of gzip
 * can inflate to gigabytes.
 * @returns the bytes, or `undefined` when the body is longer than `maxBytes`.
 */
export async function readBody(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const body = response.body;
  if (!body) return new Uint8Array(0);
  const { headers } = response;
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await body.cancel().catch(() => undefined);
    return undefined;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
