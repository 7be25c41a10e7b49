/** The wire format of a response body. */
export type BodyFormat = 'xml' | 'json';

/**
 * Tells the wire format of a body from its Content-Type, or from its first character when the
 * header is missing. `'html'` is a proxy's or a server's error page where data was expected;
 * `undefined` means neither XML nor JSON.
 */
export function bodyFormat(contentType: string | null, text: string): BodyFormat | 'html' | undefined {
  const declared = contentType ? formatOfType(contentType) : undefined;
  if (declared) return declared;
  const first = text.trimStart()[0];
  return first === '<' ? 'xml' : first === '[' || first === '{' ? 'json' : undefined;
}

// A client sees the same one or two Content-Types on every answer: the last one read is kept.
let lastType: string | undefined;
let lastFormat: BodyFormat | 'html' | undefined;

/** The format a Content-Type names, if any. */
function formatOfType(contentType: string): BodyFormat | 'html' | undefined {
  if (contentType === lastType) return lastFormat;
  const type = contentType.toLowerCase();
  const format = type.includes('html') ? 'html' : /[/+]json\b/.test(type) ? 'json' : /[/+]xml\b/.test(type) ? 'xml' : undefined;
  lastType = contentType;
  lastFormat = format;
  return format;
}
