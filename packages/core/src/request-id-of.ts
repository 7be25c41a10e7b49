/** Response headers that carry a request id, most specific first. */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-ms-request-id', 'x-correlation-id', 'x-amzn-requestid'];

/**
 * Reads a request id from response headers, when the server or a proxy sent one. Errors
 * (`SdkError.requestId`) and the `onResponse` hook show it; both load on demand, and so does this.
 */
export function requestIdOf(headers: Headers | undefined): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers?.get(name);
    if (value) return value;
  }
  return undefined;
}
