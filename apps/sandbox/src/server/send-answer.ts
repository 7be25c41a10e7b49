/** Writes an API answer to the socket, with a Content-Length that matches what is sent. */
import type { ServerResponse } from 'node:http';
import type { ApiAnswer } from '../api/api-answer.js';

/** Sends `answer`; `truncate` cuts the body in half (a fault), keeping the header consistent with the cut body. */
export function sendAnswer(res: ServerResponse, answer: ApiAnswer, truncate = false): void {
  let body = Buffer.from(answer.body, 'utf8');
  if (truncate && body.length > 0) body = body.subarray(0, Math.floor(body.length / 2));
  const headers: Record<string, string | number> = { ...answer.headers, 'Content-Length': body.length };
  if (answer.statusMessage) res.writeHead(answer.status, answer.statusMessage, headers);
  else res.writeHead(answer.status, headers);
  res.end(body);
}
