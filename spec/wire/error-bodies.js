// @ts-check
// The error answers of Litmos, shared by the mock and the sandbox so that both fail the same
// way: `{"Detail": …}` in JSON (recorded), a WCF-serialised `<string>` in XML (the servers' own
// form: Litmos' XML error body is not documented), the message repeated as the HTTP reason phrase, and the IIS/WCF "Request Error" HTML page for failures WCF reports itself
// (unknown endpoint, wrong method, unreadable URL, body too large, crash).

// What Litmos records about a refused call is its status: its overview lists "403 Forbidden.
// Check your API key, HTTPS setting, Source parameter etc", and SAP's reference claims 401 for a
// key on an account without API access. The local servers follow the overview. The texts below
// are the servers' own (Litmos' wording for these refusals is not recorded).

/** Status of a call refused for its key (missing or unknown) or for a missing `source`. */
export const REFUSED_CALL_STATUS = 403;
/** The servers' own text for a missing or unknown key (Litmos' wording is not recorded). */
export const REFUSED_KEY_MESSAGE = 'Invalid API key';
/** The servers' own text for a missing `source` (Litmos' wording is not recorded). */
export const MISSING_SOURCE_MESSAGE = 'Please provide a source query string parameter';
/** @deprecated The key is refused with 403 now; use {@link REFUSED_KEY_MESSAGE}. */
export const UNAUTHORIZED_MESSAGE = REFUSED_KEY_MESSAGE;
/** Litmos' text for a body it cannot read. */
export const BAD_BODY_MESSAGE = 'Please check the xml/json in the body of the request';
/** Litmos' text for `limit` over 1000 (its spelling). */
export const LIMIT_MESSAGE = 'The maxminum number of records to return is 1000';
/** Litmos' text for a missing, unreadable or too wide `since`/`to` range (406). */
export const DELTA_RANGE_MESSAGE = 'Please provide a valid since and to query string parameters';
/** WCF's text for a path no operation answers. */
export const ENDPOINT_NOT_FOUND_MESSAGE = 'Endpoint not found.';
/** WCF's text for a path that exists with other methods. */
export const METHOD_NOT_ALLOWED_MESSAGE = 'Method not allowed.';

/** Namespace of the WCF string serialisation used for XML error bodies. */
export const WCF_SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';

/**
 * Escapes text for an XML element or attribute value.
 * @param {string} text
 */
export function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The XML or JSON error body for a message. JSON escapes `/` as `\/`, as WCF's serialiser does.
 * @param {'xml' | 'json'} format
 * @param {string} message
 * @returns {{ contentType: string, text: string }}
 */
export function errorBody(format, message) {
  if (format === 'json') {
    return { contentType: 'application/json; charset=utf-8', text: JSON.stringify({ Detail: message }).replace(/\//g, '\\/') };
  }
  return {
    contentType: 'application/xml; charset=utf-8',
    text: `<string xmlns="${WCF_SERIALIZATION_NS}">${escapeXml(message)}</string>`,
  };
}

/** WCF's names of the statuses it writes on its error page. @type {Record<number, string>} */
const STATUS_NAMES = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  413: 'RequestEntityTooLarge',
  421: 'MisdirectedRequest',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/**
 * The WCF "Request Error" page IIS sends for failures WCF reports itself ("Endpoint not found.",
 * "Method not allowed.", deserialisation failures, crashes).
 * @param {number} status
 * @param {string} message
 * @returns {{ contentType: string, text: string }}
 */
export function htmlErrorPage(status, message) {
  const code = STATUS_NAMES[status] ?? String(status);
  const text =
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">' +
    '<HTML><HEAD><TITLE>Request Error</TITLE><STYLE>BODY{font-family:Verdana;font-size:.7em}</STYLE></HEAD>' +
    '<BODY><DIV id="content"><P class="heading1"><B>Error Status Code:</B> ' +
    `'${code}'</P><P><B>Details: </B>${escapeXml(message)}</P>` +
    '<P>Please see the <a rel="help-page" href="help">service help page</a> for constructing valid requests to the service.</P>' +
    '</DIV></BODY></HTML>';
  return { contentType: 'text/html; charset=UTF-8', text };
}

/**
 * A reason phrase Node accepts for a message (Litmos repeats the message there, as in
 * `HTTP/1.1 409 UserName already exists`; control and non-ASCII characters are not allowed).
 * @param {string} message
 */
export function reasonPhrase(message) {
  const clean = message.replace(/[^\x20-\x7e]/g, ' ').trim();
  return clean.length > 0 ? clean.slice(0, 200) : 'Error';
}
