/** How `readBody` treats a body longer than its limit. */
export type OverLimit = 'fail' | 'truncate';

/** What `readBody` returns: the bytes read, and whether the body went on past the limit. */
export interface BodyRead {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** True when the body was longer than the limit (only with `overLimit: 'truncate'`; `'fail'` returns nothing then). */
  readonly truncated: boolean;
}

/**
 * Reads a response body chunk by chunk, counting bytes as `fetch` hands them over (after
 * decompression), and stops as soon as the count passes `maxBytes`: the rest is cancelled, not
 * downloaded. A declared `Content-Length` over the limit ends the read before the first chunk.
 * `response.arrayBuffer()` would hold the whole body however large, and a few kilobytes of gzip
 * can inflate to gigabytes.
 * @returns the bytes, or `undefined` when the body is over the limit and `overLimit` is `'fail'`.
 */
export async function readBody(response: Response, maxBytes: number, overLimit: OverLimit): Promise<BodyRead | undefined> {
  const body = response.body;
  if (!body) return { bytes: new Uint8Array(0), truncated: false };
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (overLimit === 'fail' && declared > maxBytes) {
    await body.cancel().catch(() => undefined);
    return undefined;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > maxBytes) {
      truncated = true;
      if (overLimit === 'truncate') chunks.push(value.subarray(0, maxBytes - total));
      total = Math.min(maxBytes, total + value.byteLength);
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (truncated && overLimit === 'fail') return undefined;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes, truncated };
}
