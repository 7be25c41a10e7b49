/**
 * Checks a base URL option and returns it without trailing slashes. It must be an absolute
 * http(s) URL with a host and nothing after the path: a query or fragment would end up in the
 * middle of every request URL (`…?a=1/users?source=…`), sending requests somewhere other than
 * the caller meant, and credentials in it would travel with every request.
 * @param name the option's name for the error message (`baseUrl`, `lrs.baseUrl`).
 * @throws {TypeError} naming the option and what is wrong with it.
 */
export function resolveBaseUrl(value: unknown, name = 'baseUrl'): string {
  let url: URL | undefined;
  try {
    if (typeof value === 'string' && /^https?:\/\/[^/?#]/i.test(value)) url = new URL(value);
  } catch {
    // not a URL: refused below
  }
  if (!url || (value as string).includes('?') || (value as string).includes('#')) {
    throw new TypeError(`Expected \`${name}\` to be an http(s) URL without a query (?) or fragment (#), got ${JSON.stringify(value)}`);
  }
  // Not echoed: the message would show the password.
  if (url.username || url.password) throw new TypeError(`Expected \`${name}\` to be an http(s) URL without a user name or password in it`);
  return (value as string).replace(/\/+$/, '');
}
