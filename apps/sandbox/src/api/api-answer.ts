/** An answer of the API as the pipeline builds it, and the IIS headers every answer carries. */

import { errorBody, htmlErrorPage, reasonPhrase, type WireBody } from '#spec-wire';
import type { ResponseFormat } from '../wire/choose-format.js';
import type { Refusal } from './refusal.js';

/** An answer ready to be written to the socket. */
export interface ApiAnswer {
  readonly status: number;
  readonly statusMessage?: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const IIS_HEADERS = { Server: 'Microsoft-IIS/10.0', 'X-Powered-By': 'ASP.NET', 'Cache-Control': 'private' };

/** An answer with IIS' headers; `message` becomes the reason phrase, as Litmos repeats it there. */
export function apiAnswer(status: number, body: WireBody | undefined, message?: string, extra: Record<string, string> = {}): ApiAnswer {
  const headers: Record<string, string> = { ...IIS_HEADERS, ...extra };
  if (body) headers['Content-Type'] = body.contentType;
  return { status, ...(message ? { statusMessage: reasonPhrase(message) } : {}), headers, body: body?.text ?? '' };
}

/** The answer for a refusal in the negotiated format. */
export function refusalAnswer(refusal: Refusal, format: ResponseFormat): ApiAnswer {
  const body = refusal.html ? htmlErrorPage(refusal.status, refusal.message) : errorBody(format, refusal.message);
  return apiAnswer(refusal.status, body, refusal.message);
}
