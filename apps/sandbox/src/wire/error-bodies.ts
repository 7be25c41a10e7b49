/**
 * Litmos' error bodies: `{"Detail": …}` in JSON, a WCF-serialised `<string>` in XML, and the
 * IIS/WCF "Request Error" HTML page for failures WCF itself reports.
 */
import type { ResponseFormat } from './choose-format.js';
import { escapeXmlText } from './xml-text.js';

/** Namespace of the WCF string serialisation used for XML error bodies. */
export const WCF_SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';

/** A body ready to send: text plus its Content-Type. */
export interface WireBody {
  readonly contentType: string;
  readonly text: string;
}

/** The XML or JSON error body for a message. */
export function errorBody(format: ResponseFormat, message: string): WireBody {
  if (format === 'json') {
    return { contentType: 'application/json; charset=utf-8', text: JSON.stringify({ Detail: message }).replace(/\//g, '\\/') };
  }
  return {
    contentType: 'application/xml; charset=utf-8',
    text: `<string xmlns="${WCF_SERIALIZATION_NS}">${escapeXmlText(message)}</string>`,
  };
}

const STATUS_NAMES: Record<number, string> = {
  400: 'BadRequest',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** The WCF "Request Error" page IIS sends for deserialisation failures and crashes. */
export function htmlErrorPage(status: number, message: string): WireBody {
  const code = STATUS_NAMES[status] ?? String(status);
  const text =
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">' +
    '<HTML><HEAD><TITLE>Request Error</TITLE><STYLE>BODY{font-family:Verdana;font-size:.7em}</STYLE></HEAD>' +
    '<BODY><DIV id="content"><P class="heading1"><B>Error Status Code:</B> ' +
    `'${code}'</P><P><B>Details: </B>${escapeXmlText(message)}</P>` +
    '<P>Please see the <a rel="help-page" href="help">service help page</a> for constructing valid requests to the service.</P>' +
    '</DIV></BODY></HTML>';
  return { contentType: 'text/html; charset=UTF-8', text };
}

/** A reason phrase Node accepts (Litmos repeats the message there; control characters are not allowed). */
export function reasonPhrase(message: string): string {
  const clean = message.replace(/[^\x20-\x7e]/g, ' ').trim();
  return clean.length > 0 ? clean.slice(0, 200) : 'Error';
}
