/**
 * Litmos' response format choice. `format=json` is the real switch (the spec's `format`
 * parameter: "Without it Litmos answers in XML, whatever the Accept header says").
 * The docs also claim the request Content-Type "indicates" the format; that is WCF's automatic
 * format selection (Accept first, then the request body's Content-Type), which no working client
 * relies on. It is available as `negotiation: 'wcf-auto'` for experiments; the default,
 * `'format-param'`, follows the spec.
 */

/** The two formats an answer can take. */
export type ResponseFormat = 'xml' | 'json';

/** How the sandbox picks the response format. */
export type Negotiation = 'format-param' | 'wcf-auto';

/** Picks the response format of a request. */
export function chooseFormat(formatParam: string | null, accept: string | undefined, contentType: string | undefined, mode: Negotiation): ResponseFormat {
  if (formatParam !== null) return formatParam.toLowerCase() === 'json' ? 'json' : 'xml';
  if (mode === 'wcf-auto') {
    const wants = (accept ?? '').toLowerCase();
    if (/application\/json|text\/json/.test(wants)) return 'json';
    if (/application\/xml|text\/xml/.test(wants)) return 'xml';
    if (/json/.test((contentType ?? '').toLowerCase())) return 'json';
  }
  return 'xml';
}
