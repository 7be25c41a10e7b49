/**
 * Status of a call refused for its key (missing or unknown) or for a missing `source`: 403, as
 * Litmos' overview lists it ("Check your API key, HTTPS setting, Source parameter etc").
 */
export declare const REFUSED_CALL_STATUS: 403;
/** The servers' own text for a missing or unknown key (Litmos' wording is not recorded). */
export declare const REFUSED_KEY_MESSAGE: 'Invalid API key';
/** The servers' own text for a missing `source` (Litmos' wording is not recorded). */
export declare const MISSING_SOURCE_MESSAGE: 'Please provide a source query string parameter';
/** @deprecated The key is refused with 403 now; use {@link REFUSED_KEY_MESSAGE}. */
export declare const UNAUTHORIZED_MESSAGE: 'Invalid API key';
/** Litmos' text for a body it cannot read. */
export declare const BAD_BODY_MESSAGE: 'Please check the xml/json in the body of the request';
/** Litmos' text for `limit` over 1000 (its spelling). */
export declare const LIMIT_MESSAGE: 'The maxminum number of records to return is 1000';
/** Litmos' text for a missing, unreadable or too wide `since`/`to` range (406). */
export declare const DELTA_RANGE_MESSAGE: 'Please provide a valid since and to query string parameters';
/** WCF's text for a path no operation answers. */
export declare const ENDPOINT_NOT_FOUND_MESSAGE: 'Endpoint not found.';
/** WCF's text for a path that exists with other methods. */
export declare const METHOD_NOT_ALLOWED_MESSAGE: 'Method not allowed.';

/** Namespace of the WCF string serialisation used for XML error bodies. */
export declare const WCF_SERIALIZATION_NS: 'http://schemas.microsoft.com/2003/10/Serialization/';

/** A body ready to send: its text and its Content-Type. */
export interface WireBody {
  readonly contentType: string;
  readonly text: string;
}

/** Escapes text for an XML element or attribute value. */
export declare function escapeXml(text: string): string;

/**
 * Litmos' error body for a message: `{"Detail": "…"}` in JSON (with `/` written `\/`), as
 * recorded; in XML a WCF-serialised `<string xmlns="…/Serialization/">…</string>`, which is the
 * servers' own choice (Litmos' XML error body is not documented).
 */
export declare function errorBody(format: 'xml' | 'json', message: string): WireBody;

/**
 * The WCF "Request Error" HTML page that IIS sends for failures WCF reports itself: unknown
 * endpoint (404 "Endpoint not found."), wrong method (405), unreadable URL or body, crashes.
 */
export declare function htmlErrorPage(status: number, message: string): WireBody;

/** A reason phrase Node accepts for a message (Litmos repeats the error message there). */
export declare function reasonPhrase(message: string): string;
