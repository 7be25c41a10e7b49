/**
 * The format of an answer. The rule is Litmos', shared with the mock (`@litmos-kit/spec/wire`):
 * `format=json` gives JSON; otherwise an `Accept` header that names JSON gives JSON; everything
 * else gives XML, Litmos' default. `negotiation: 'wcf-auto'` adds WCF's last resort for
 * experiments: with neither, a JSON request body gets a JSON answer.
 */
import { chooseFormat as chooseWireFormat, type WireFormat } from '#spec-wire';

/** The two formats an answer can take. */
export type ResponseFormat = WireFormat;

/** How the sandbox picks the response format: Litmos' rule (default), or that rule plus the body's Content-Type. */
export type Negotiation = 'format-param' | 'wcf-auto';

/** Picks the response format of a request. */
export function chooseFormat(formatParam: string | null, accept: string | undefined, contentType: string | undefined, mode: Negotiation): ResponseFormat {
  const chosen = chooseWireFormat(formatParam, accept);
  if (chosen === 'xml' && mode === 'wcf-auto' && formatParam === null && /json/.test((contentType ?? '').toLowerCase())) return 'json';
  return chosen;
}
