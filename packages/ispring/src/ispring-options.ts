import { type ClientOptions, type ResolvedClientOptions, resolveBaseUrl, resolveClientOptions } from '@litmos-kit/core';

/** The public iSpring Learn API host (the spec's server). */
export const ISPRING_BASE_URL = 'https://api-learn.ispringlearn.com';

/** Settings of `createIspring`. */
export interface IspringOptions extends ClientOptions {
  /**
   * The access token iSpring Learn issued for your API key (client ID and secret), sent as
   * `Authorization: Bearer <token>`. A secret: it never appears in errors or logs.
   */
  readonly token: string;
  /**
   * The API host, or a mock (`http://127.0.0.1:4010`).
   * @default 'https://api-learn.ispringlearn.com'
   */
  readonly baseUrl?: string;
}

/** `IspringOptions` after validation, with every default filled in. @internal */
export interface ResolvedIspringOptions extends ResolvedClientOptions {
  readonly token: string;
  readonly baseUrl: string;
}

/**
 * Checks the options before any request is made.
 * @throws {TypeError} naming the first option that is missing or invalid.
 * @internal
 */
export function resolveIspringOptions(options: IspringOptions): ResolvedIspringOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('Expected `options` to be an object');
  const { token, baseUrl = ISPRING_BASE_URL } = options;
  if (typeof token !== 'string' || token.trim() === '') throw new TypeError('Expected `token` to be a non-empty string');
  // A token with whitespace or a scheme would make a malformed header (`Bearer Bearer …`).
  if (/\s/.test(token)) throw new TypeError('Expected `token` to be the bare access token, without `Bearer ` or spaces');
  const base = resolveBaseUrl(baseUrl);
  return {
    ...resolveClientOptions(options),
    token,
    baseUrl: base,
  };
}
