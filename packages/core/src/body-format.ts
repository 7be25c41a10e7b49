/** The wire format of a response body. */
export type BodyFormat = 'xml' | 'json';

/**
 * Tells the wire format of a body from its Content-Type, or from its first character when the
 * header is missing. `'html'` is a proxy's or a server's error page where data was expected;
 * `undefined` means neither XML nor JSON.
 */
export function bodyFormat(contentType: string | null, text: string): BodyFormat | 'html' | undefined {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('html')) return 'html';
  if (/[/+]json\b/.test(type)) return 'json';
  if (/[/+]xml\b/.test(type)) return 'xml';
  const first = text.trimStart()[0];
  return first === '<' ? 'xml' : first === '[' || first === '{' ? 'json' : undefined;
}
