/**
 * A refusal the sandbox answers with: an HTTP status and the message Litmos puts in the error
 * body and in the reason phrase. Handlers and the request pipeline throw it; the pipeline turns
 * it into an answer. (It is a server answer, not a client-side error like the SDK's errors.)
 */
export class Refusal extends Error {
  /** HTTP status. */
  readonly status: number;
  /** Answer with a WCF "Request Error" HTML page instead of an XML/JSON error body. */
  readonly html: boolean;

  constructor(status: number, message: string, options: { html?: boolean } = {}) {
    super(message);
    this.name = 'Refusal';
    this.status = status;
    this.html = options.html ?? false;
  }
}
