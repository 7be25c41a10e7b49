/**
 * An error a handler (or the request pipeline) answers with: a status and the message Litmos
 * puts in the body and the reason phrase.
 */
export class LitmosError extends Error {
  /** HTTP status. */
  readonly status: number;
  /** Answer with a WCF "Request Error" HTML page instead of an XML/JSON error body. */
  readonly html: boolean;

  constructor(status: number, message: string, options: { html?: boolean } = {}) {
    super(message);
    this.name = 'LitmosError';
    this.status = status;
    this.html = options.html ?? false;
  }
}
