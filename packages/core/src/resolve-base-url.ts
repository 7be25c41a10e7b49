/**
 * Checks a base URL option and returns it without trailing slashes. It must be an absolute
 * http(s) URL with a host and nothing after the path: a query or fragment would end up in the
 * middle of every request URL (`…?a=1/users?source=…`), sending requests somewhere other than
 * the caller meant, and credentials in it would travel with every request.
 * @param name the option's name for the error message (`baseUrl`, `lrs.baseUrl`).
 * @throws {TypeError} naming the option and what is wrong with it.
 */
export function resolveBaseUrl(value: unknown, name = 'baseUrl'): string {
  const fail = (why: string): never => {
    throw new TypeError(`Expected \`${name}\` to be an http(s) URL${why}, got ${JSON.stringify(value)}`);
  };
  if (typeof value !== 'string' || !/^https?:\/\/[^/?#]/i.test(value)) fail('');
  const text = value as string;
  if (text.includes('?') || text.includes('#')) fail(' without a query (?) or fragment (#)');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('');
  }
  // Not echoed: the message would show the password.
  if (url.username || url.password) throw new TypeError(`Expected \`${name}\` to be an http(s) URL without a user name or password in it`);
  return text.replace(/\/+$/, '');
}
