import { type ClientOptions, type ResolvedClientOptions, resolveBaseUrl, resolveClientOptions } from '@litmos-kit/core';
import { isRecord } from '@litmos-kit/core/internal';

/** The Xbox Live Achievements service (the spec's server). */
export const XBOX_ACHIEVEMENTS_BASE_URL = 'https://achievements.xboxlive.com';

/** Xbox Live credentials: the user hash and the XSTS token of a signed-in user. */
export interface XblAuthorization {
  /** The user hash (`uhs`) of the XSTS token's display claims. */
  readonly userHash: string;
  /** The XSTS token. A secret: it never appears in errors or logs. */
  readonly token: string;
}

/** Settings of `createXbox`. */
export interface XboxOptions extends ClientOptions {
  /**
   * Credentials, sent as `Authorization: XBL3.0 x=<userhash>;<token>`: the two parts, or the
   * whole header value as a string.
   */
  readonly authorization: XblAuthorization | string;
  /**
   * The `x-xbl-contract-version` header. The rows are typed after version 2 (title associations,
   * progression, rewards); version 1 answers in another shape.
   * @default 2
   */
  readonly contractVersion?: number;
  /** The `Accept-Language` header: preferred locales with fallbacks, such as `fr-FR, fr, en-GB, en-US`. */
  readonly acceptLanguage?: string;
  /**
   * The service's base URL, or a mock (`http://127.0.0.1:4010`).
   * @default 'https://achievements.xboxlive.com'
   */
  readonly baseUrl?: string;
}

/** `XboxOptions` after validation. @internal */
export interface ResolvedXboxOptions extends ResolvedClientOptions {
  /** The `Authorization` header value. */
  readonly authorization: string;
  /** What must never be shown: the token and the whole header value. */
  readonly secrets: readonly string[];
  readonly contractVersion: number;
  readonly acceptLanguage: string | undefined;
  readonly baseUrl: string;
}

const XBL_HEADER = /^XBL3\.0 x=([^;\s]+);(\S+)$/;
/** Header values must not carry line breaks (header injection) or other control characters. */
function isHeaderText(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return value.length > 0;
}

/**
 * Checks the options before any request is made.
 * @throws {TypeError} naming the first option that is missing or invalid.
 * @internal
 */
export function resolveXboxOptions(options: XboxOptions): ResolvedXboxOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('Expected `options` to be an object');
  const { authorization, contractVersion = 2, acceptLanguage, baseUrl = XBOX_ACHIEVEMENTS_BASE_URL } = options;
  const { header, token } = resolveAuthorization(authorization);
  if (!Number.isInteger(contractVersion) || contractVersion < 0 || contractVersion > 4_294_967_295) {
    throw new TypeError('Expected `contractVersion` to be an integer from 0 to 4294967295');
  }
  if (acceptLanguage !== undefined && (typeof acceptLanguage !== 'string' || !isHeaderText(acceptLanguage) || acceptLanguage.trim() === '')) {
    throw new TypeError('Expected `acceptLanguage` to be a non-empty header value such as "fr-FR, fr, en-US"');
  }
  const base = resolveBaseUrl(baseUrl);
  return {
    ...resolveClientOptions(options),
    authorization: header,
    secrets: [token, header],
    contractVersion,
    acceptLanguage,
    baseUrl: base,
  };
}

function resolveAuthorization(authorization: unknown): { header: string; token: string } {
  const expected = 'Expected `authorization` to be { userHash, token } or a string "XBL3.0 x=<userhash>;<token>"';
  if (typeof authorization === 'string') {
    const match = XBL_HEADER.exec(authorization);
    if (!match) throw new TypeError(expected);
    return { header: authorization, token: match[2] as string };
  }
  if (!isRecord(authorization)) throw new TypeError(expected);
  const { userHash, token } = authorization;
  if (typeof userHash !== 'string' || !/^[^;\s]+$/.test(userHash))
    throw new TypeError('Expected `authorization.userHash` to be a non-empty string without `;` or spaces');
  if (typeof token !== 'string' || !/^\S+$/.test(token)) throw new TypeError('Expected `authorization.token` to be a non-empty string without spaces');
  return { header: `XBL3.0 x=${userHash};${token}`, token };
}
