import { LitmosAbortError } from './errors.js';

/** One page of a list, with the HTTP response it came in. */
export interface Page<T> {
  /** The records of this page, repeats of the previous page removed. */
  readonly items: readonly T[];
  /** The offset this page was requested at. */
  readonly start: number;
  /** The offset of the next page: `start` plus the records received (before de-duplication). */
  readonly next: number;
  /** The raw HTTP response. */
  readonly response: Response;
}

/** Fetches the page at `start`. @internal */
export type FetchPage<T> = (start: number, limit: number, signal: AbortSignal | undefined) => Promise<{ items: T[]; response: Response }>;

/** Settings of one paged listing. @internal */
export interface PagerOptions<T> {
  readonly fetchPage: FetchPage<T>;
  readonly limit: number;
  readonly start: number;
  readonly key: ((item: T) => string) | undefined;
  readonly signal: AbortSignal | undefined;
}

/**
 * A lazily paged Litmos list. Iterate it with `for await` for records, call `pages()` for
 * pages with their responses, or `toArray({ max })` to collect a bounded number.
 * Nothing is requested until iteration starts.
 *
 * Litmos has no totals or next links: a page with fewer records than `limit` is the last one,
 * the next offset is the number of records actually received (pages can be larger than
 * `limit`), and a record repeated across a page boundary is dropped.
 */
export class Pager<T> implements AsyncIterable<T> {
  readonly #options: PagerOptions<T>;
  #position: number;

  /** @internal Use the SDK's list methods instead. */
  constructor(options: PagerOptions<T>) {
    this.#options = options;
    this.#position = options.start;
  }

  /** The offset the next page will be read from; pass it as `start` to resume later. */
  get position(): number {
    return this.#position;
  }

  /** Yields each page in turn with its raw response. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { fetchPage, limit, key, signal } = this.#options;
    let previousKeys = new Set<string>();
    for (;;) {
      if (signal?.aborted) throw new LitmosAbortError('listing was aborted', undefined, { cause: signal.reason });
      const start = this.#position;
      const { items, response } = await fetchPage(start, limit, signal);
      const keys = new Set<string>();
      const fresh = key
        ? items.filter((item) => {
            const k = key(item);
            keys.add(k);
            return !previousKeys.has(k);
          })
        : items;
      previousKeys = keys;
      this.#position = start + items.length;
      yield { items: fresh, start, next: this.#position, response };
      if (items.length < limit) return;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /**
   * Collects records into an array, reading at most `max` of them.
   * @throws {TypeError} when `max` is not a positive integer: an unbounded collect is refused.
   */
  async toArray(options: { readonly max: number }): Promise<T[]> {
    const max = options?.max;
    if (!Number.isInteger(max) || max <= 0) throw new TypeError('Expected `max` to be a positive integer');
    const out: T[] = [];
    for await (const item of this) {
      out.push(item);
      if (out.length >= max) break;
    }
    return out;
  }
}
