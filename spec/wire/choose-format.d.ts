/** The two formats Litmos answers in. */
export type WireFormat = 'xml' | 'json';

/**
 * The value of the `format` query parameter, matched in any case as Litmos (WCF) does; the first
 * one wins when it is repeated.
 */
export declare function formatParameter(search: URLSearchParams): string | null;

/**
 * Whether an `Accept` header asks for JSON by name: of the JSON and XML media types it names with
 * a non-zero quality, the one with the highest quality (the first, on a tie) is JSON. Wildcards
 * (`*\/*`, `application/*`) and absent headers ask for nothing.
 */
export declare function acceptsJsonExplicitly(accept: string | readonly string[] | null | undefined): boolean;

/**
 * The format of Litmos' answer to a request: `format=json` (any case) gives JSON; otherwise an
 * `Accept` header that names JSON gives JSON; everything else gives XML, Litmos' default. A
 * `format` other than `json` is ignored rather than forcing XML.
 * @example
 * const url = new URL(req.url, 'http://local');
 * const format = chooseFormat(formatParameter(url.searchParams), req.headers.accept);
 */
export declare function chooseFormat(format: string | null | undefined, accept: string | readonly string[] | null | undefined): WireFormat;
