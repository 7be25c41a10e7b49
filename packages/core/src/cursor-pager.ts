import { type ErrorClassesSource, errorClassesOf } from './load-error-classes.js';

/** One page as the server sent it, handed to the pager by an SDK's `fetchPage`. */
export interface FetchedPage<T> {
  /** The rows of the page, in the server's order. */
  readonly items: readonly T[];
  /** The raw HTTP response. */
  readonly response: Response;
  /** Token-paged APIs: the token of the next page; `undefined`, `null` or `''` on the last page. */
  readonly nextToken?: string | null | undefined;
  /** The length of the whole list, when the server says (Xbox' `pagingInfo.totalRecords`). */
  readonly total?: number | undefined;
}

/**
 * How a listing moves from page to page. A cursor says where a page is read (an offset, a page
 * token, …); it must be plain JSON, since it is saved in checkpoints.
 */
export interface PagingStrategy<C> {
  /** The cursor of the first page; `undefined` when there is nothing to read. */
  readonly first: C | undefined;
  /** The cursor of the page after `page`, which was read at `cursor`; `undefined` when `page` was the last. */
  next(cursor: C, page: FetchedPage<unknown>): C | undefined;
  /** Whether a value read back from a checkpoint is a cursor of this strategy. */
  isCursor(value: unknown): value is C;
}

/** What one page request asks for. */
export interface CursorPageRequest<C> {
  readonly cursor: C;
  /** The listing's signal, to pass on to the HTTP call. */
  readonly signal: AbortSignal | undefined;
}

/** One page of a cursor-paged listing, with the HTTP response it came in. */
export interface CursorPage<T, C> {
  /** The rows of this page, repeats of the previous page (and rows handed out before a resume) removed. */
  readonly items: readonly T[];
  /** Where this page was read. */
  readonly cursor: C;
  /** Where the next page is; `undefined` on the last page. */
  readonly next: C | undefined;
  /** How many rows the server sent for this page, before de-duplication. */
  readonly received: number;
  /** The length of the whole list, when the server says. */
  readonly total: number | undefined;
  /** The raw HTTP response. */
  readonly response: Response;
}

/**
 * Where a listing stands, as plain JSON: save it, and pass it back as `resume` (with the same
 * filters) to go on from the same row, with none lost and none repeated.
 */
export interface CursorCheckpoint<C> {
  /** Where the page being read is; `null` for a listing with nothing to read. */
  readonly cursor: C | null;
  /** Rows of that page already handed out. */
  readonly skip: number;
  /** Row keys of the page before it, so that repeats across the boundary are still dropped. */
  readonly seen: readonly string[];
  /** The listing was read to its end. */
  readonly done: boolean;
}

/** Settings of one listing. */
export interface CursorPagerOptions<T, C> {
  /** How the listing moves from page to page (`offsetPaging`, `tokenPaging`, `continuationPaging`). */
  readonly strategy: PagingStrategy<C>;
  /** Fetches the page at a cursor. */
  readonly fetchPage: (request: CursorPageRequest<C>) => Promise<FetchedPage<T>>;
  /** The identity of a row, to drop a row repeated across a page boundary; no de-duplication without it. */
  readonly key?: ((item: T) => string) | undefined;
  /** Stops the listing between pages (and, passed on by `fetchPage`, during a request). */
  readonly signal?: AbortSignal | undefined;
  /**
   * Most pages one iteration may read before it fails with a `PageLimitError`.
   * @default 10000
   */
  readonly maxPages?: number | undefined;
  /** A checkpoint saved earlier: the listing goes on from exactly there. */
  readonly resume?: CursorCheckpoint<C> | undefined;
  /**
   * The classes to throw for an abort and for the page cap (core's `defaultErrorClasses`, or the
   * SDK's), or their loader (see `ErrorClassesSource`).
   */
  readonly errors: ErrorClassesSource<'AbortError' | 'PageLimitError'>;
}

interface CurrentPage<T, C> {
  /** The page's row keys: computed when first needed (see `#keysOf`). */
  keys: Set<string> | undefined;
  readonly items: readonly T[];
  readonly length: number;
  readonly next: C | undefined;
}

interface WalkedPage<T, C> {
  readonly raw: readonly T[];
  /** Which rows are not repeats of the previous page; `undefined` when none can be. */
  readonly fresh: readonly boolean[] | undefined;
  readonly cursor: C;
  readonly next: C | undefined;
  readonly fetched: FetchedPage<T>;
}

/**
 * A lazily paged list. Iterate it with `for await` for rows, call `pages()` for pages with
 * their responses, or `toArray({ max })` to collect a bounded number. Nothing is requested until
 * iteration starts; iterate one pager from one loop at a time.
 *
 * The strategy decides where the next page is. A row repeated across a page boundary is dropped
 * (only the previous page's keys are kept, so memory stays flat however long the list), and
 * `checkpoint` says at any moment where to resume, down to the row: a page left half-read is
 * fetched again on resume and the rows already handed out are passed over.
 */
export class CursorPager<T, C = unknown> implements AsyncIterable<T> {
  readonly #options: CursorPagerOptions<T, C>;
  readonly #maxPages: number;
  #cursor: C | undefined;
  #skip = 0;
  #seen = new Set<string>();
  #current: CurrentPage<T, C> | undefined;
  #done: boolean;

  /**
   * @throws {TypeError} when `maxPages` is not a positive integer or `resume` is not a checkpoint
   *   of this strategy.
   */
  constructor(options: CursorPagerOptions<T, C>) {
    const { maxPages = 10_000, resume } = options;
    if (!Number.isInteger(maxPages) || maxPages < 1) throw new TypeError('Expected `maxPages` to be a positive integer');
    this.#options = options;
    this.#maxPages = maxPages;
    this.#cursor = options.strategy.first;
    this.#done = this.#cursor === undefined;
    if (resume !== undefined) this.#restore(resume);
  }

  /** Where the listing stands now; pass it as `resume` to continue later, exactly from here. */
  get checkpoint(): CursorCheckpoint<C> {
    const page = this.#current;
    let cursor = this.#cursor;
    let skip = this.#skip;
    let seen = this.#seen;
    let done = this.#done;
    // A page read to its end is reported as the position after it.
    if (page && skip >= page.length) {
      seen = this.#keysOf(page);
      skip = 0;
      if (page.next === undefined) done = true;
      else cursor = page.next;
    }
    return { cursor: cursor ?? null, skip, seen: [...seen], done };
  }

  /** Yields each page in turn with its raw response. */
  async *pages(): AsyncGenerator<CursorPage<T, C>, void, undefined> {
    for (let read = { pages: 0 }, page = await this.#nextPage(read); page; page = await this.#nextPage(read)) {
      const skip = this.#skip;
      const items = page.raw.filter((_, i) => i >= skip && (page.fresh?.[i] ?? true));
      this.#skip = page.raw.length;
      yield { items, cursor: page.cursor, next: page.next, received: page.raw.length, total: page.fetched.total, response: page.fetched.response };
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for (let read = { pages: 0 }, page = await this.#nextPage(read); page; page = await this.#nextPage(read)) {
      for (let i = this.#skip; i < page.raw.length; i++) {
        // Counted as handed out before the yield: a consumer that stops after this row and
        // saves the checkpoint must not see it again.
        this.#skip = i + 1;
        if (page.fresh?.[i] ?? true) yield page.raw[i] as T;
      }
    }
  }

  /**
   * Collects rows into an array, reading at most `max` of them.
   * @throws {TypeError} when `max` is not a positive integer: an unbounded collect is refused.
   */
  async toArray(options: { readonly max: number }): Promise<T[]> {
    const max = options?.max;
    if (!Number.isInteger(max) || max <= 0) throw new TypeError('Expected `max` to be a positive integer');
    const out: T[] = [];
    // Page by page rather than row by row through the iterator: one step per page, not per row.
    for (let read = { pages: 0 }, page = await this.#nextPage(read); page; page = await this.#nextPage(read)) {
      for (let i = this.#skip; i < page.raw.length; i++) {
        this.#skip = i + 1;
        if (page.fresh?.[i] ?? true) out.push(page.raw[i] as T);
        if (out.length >= max) return out;
      }
    }
    return out;
  }

  /**
   * Fetches the page after the one being read (or the page a resume stands on); `undefined` at
   * the end of the list. The one step of every way of reading the listing: a plain method and
   * not a generator, since a generator's promise traffic costs more than a short page's rows.
   * `read` counts the pages of one iteration, against `maxPages`.
   */
  async #nextPage(read: { pages: number }): Promise<WalkedPage<T, C> | undefined> {
    const { fetchPage, strategy, key, signal } = this.#options;
    if (this.#current && this.#skip >= this.#current.length) this.#advance();
    // A page left half-read (a `break`, or a resume) is fetched again and its first `skip`
    // rows passed over: pages are not kept in memory.
    this.#current = undefined;
    if (this.#done) return undefined;
    if (signal?.aborted)
      throw new (await errorClassesOf(this.#options.errors, undefined)).AbortError('listing was aborted', undefined, { cause: signal.reason });
    if (++read.pages > this.#maxPages) {
      throw new (await errorClassesOf(this.#options.errors, undefined)).PageLimitError(
        `listing stopped after ${this.#maxPages} pages (maxPages); pass a larger \`maxPages\` if the list really is that long`,
      );
    }
    const cursor = this.#cursor as C;
    const page = await fetchPage({ cursor, signal });
    const items = page.items;
    const next = strategy.next(cursor, page);
    const current: CurrentPage<T, C> = { keys: undefined, items, length: items.length, next };
    this.#current = current;
    // Only a row of the previous page can repeat: with none (the first page, mostly) the keys
    // wait until a next page or a checkpoint needs them, and a one-page call never builds them.
    let fresh: boolean[] | undefined;
    if (key && this.#seen.size > 0) {
      const keys = items.map(key);
      fresh = keys.map((k) => !this.#seen.has(k));
      current.keys = new Set(keys);
    }
    return { raw: items, fresh, cursor, next, fetched: page };
  }

  /** The row keys of a page, which the page after it is checked against. */
  #keysOf(page: CurrentPage<T, C>): Set<string> {
    const { key } = this.#options;
    page.keys ??= new Set(key ? page.items.map(key) : []);
    return page.keys;
  }

  /** Moves past a page that was read to its end: to the next page, or the end. */
  #advance(): void {
    const current = this.#current as CurrentPage<T, C>;
    this.#seen = this.#keysOf(current);
    this.#skip = 0;
    if (current.next === undefined) this.#done = true;
    else this.#cursor = current.next;
  }

  #restore(checkpoint: CursorCheckpoint<C>): void {
    const { cursor, skip, seen, done } = (typeof checkpoint === 'object' && checkpoint !== null ? checkpoint : {}) as Partial<CursorCheckpoint<C>>;
    const finished = done === true;
    if (
      !Number.isInteger(skip) ||
      (skip as number) < 0 ||
      !Array.isArray(seen) ||
      seen.some((k) => typeof k !== 'string') ||
      // A finished listing needs no cursor; any other needs one of this strategy.
      (!finished && !this.#options.strategy.isCursor(cursor))
    ) {
      throw new TypeError('Expected `resume` to be a checkpoint of this listing (cursor, skip, seen, done)');
    }
    if (cursor !== null && cursor !== undefined && this.#options.strategy.isCursor(cursor)) this.#cursor = cursor;
    this.#skip = skip as number;
    this.#seen = new Set(seen);
    this.#done = finished;
  }
}
