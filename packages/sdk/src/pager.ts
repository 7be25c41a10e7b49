import type { DeltaRange, DeltaWindow } from './delta-windows.js';
import { LitmosAbortError, LitmosPageLimitError } from './errors.js';

/** One page of a list, with the HTTP response it came in. */
export interface Page<T> {
  /** The records of this page, repeats of the previous page removed. */
  readonly items: readonly T[];
  /** The offset this page was requested at (within its window, for delta listings). */
  readonly start: number;
  /** The offset of the next page: `start` plus the records received (before de-duplication). */
  readonly next: number;
  /** The delta window this page belongs to; `undefined` for plain listings. */
  readonly window: DeltaWindow | undefined;
  /** The raw HTTP response. */
  readonly response: Response;
}

/**
 * Where a listing stands, as plain JSON: save it, and pass it back as `resume` to go on from
 * the same record, with none lost and none repeated.
 */
export interface PagerCheckpoint {
  /** Offset of the page being read, within the current window for delta listings. */
  readonly start: number;
  /** Records of that page already handed out. */
  readonly skip: number;
  /** Row keys of the page before it, so that repeats across the boundary are still dropped. */
  readonly seen: readonly string[];
  /** Delta listings: the whole range, with `to` as it was sent. */
  readonly range?: DeltaRange;
  /** Delta listings: the window being read. */
  readonly window?: DeltaWindow;
  /** The listing was read to its end. */
  readonly done: boolean;
}

/** What one page request asks for. @internal */
export interface PageRequest {
  readonly start: number;
  readonly limit: number;
  readonly window: DeltaWindow | undefined;
  readonly signal: AbortSignal | undefined;
}

/** Fetches one page. @internal */
export type FetchPage<T> = (request: PageRequest) => Promise<{ items: T[]; response: Response }>;

/** Settings of one paged listing. @internal */
export interface PagerOptions<T> {
  readonly fetchPage: FetchPage<T>;
  readonly limit: number;
  readonly start: number;
  readonly key: ((item: T) => string) | undefined;
  readonly signal: AbortSignal | undefined;
  readonly maxPages: number;
  /** Delta listings: the range and its windows. */
  readonly delta?: { readonly range: DeltaRange; readonly windows: readonly DeltaWindow[] };
  readonly resume?: PagerCheckpoint | undefined;
}

interface CurrentPage {
  readonly keys: Set<string>;
  readonly length: number;
  readonly full: boolean;
}

interface WalkedPage<T> {
  readonly raw: readonly T[];
  readonly fresh: readonly boolean[];
  readonly start: number;
  readonly window: DeltaWindow | undefined;
  readonly response: Response;
}

/**
 * A lazily paged Litmos list. Iterate it with `for await` for records, call `pages()` for
 * pages with their responses, or `toArray({ max })` to collect a bounded number.
 * Nothing is requested until iteration starts; iterate one pager from one loop at a time.
 *
 * Litmos has no totals or next links: a page with fewer records than `limit` is the last one,
 * the next offset is the number of records actually received (pages can be larger than
 * `limit`), and a record repeated across a page boundary is dropped (only the previous page's
 * keys are kept, so memory stays flat however long the list). Delta listings (`/org/*`) read
 * their 7-day windows one after the other through the same pager.
 */
export class Pager<T> implements AsyncIterable<T> {
  readonly #options: PagerOptions<T>;
  readonly #windows: readonly (DeltaWindow | undefined)[];
  #window = 0;
  #start: number;
  #skip = 0;
  #seen = new Set<string>();
  #current: CurrentPage | undefined;
  #done = false;

  /** @internal Use the SDK's list methods instead. */
  constructor(options: PagerOptions<T>) {
    this.#options = options;
    this.#windows = options.delta ? options.delta.windows : [undefined];
    this.#start = options.start;
    this.#done = this.#windows.length === 0;
    if (options.resume) this.#restore(options.resume);
  }

  /** The offset of the next unread record (within the current window, for delta listings). */
  get position(): number {
    const { start, skip } = this.checkpoint;
    return start + skip;
  }

  /** Where the listing stands now; pass it as `resume` to continue later, exactly from here. */
  get checkpoint(): PagerCheckpoint {
    const page = this.#current;
    let start = this.#start;
    let skip = this.#skip;
    let seen = this.#seen;
    let window = this.#window;
    let done = this.#done;
    // A page read to its end is reported as the position after it.
    if (page && skip >= page.length) {
      seen = page.keys;
      skip = 0;
      if (page.full) start += page.length;
      else if (window + 1 < this.#windows.length) [window, start] = [window + 1, 0];
      else done = true;
    }
    const delta = this.#options.delta;
    const current = this.#windows[window];
    return {
      start,
      skip,
      seen: [...seen],
      ...(delta ? { range: delta.range } : {}),
      ...(current ? { window: current } : {}),
      done,
    };
  }

  /** Yields each page in turn with its raw response. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    for await (const page of this.#walk()) {
      const skip = this.#skip;
      const items = page.raw.filter((_, i) => i >= skip && page.fresh[i]);
      this.#skip = page.raw.length;
      yield { items, start: page.start, next: page.start + page.raw.length, window: page.window, response: page.response };
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.#walk()) {
      for (let i = this.#skip; i < page.raw.length; i++) {
        // Counted as handed out before the yield: a consumer that stops after this record
        // and saves the checkpoint must not see it again.
        this.#skip = i + 1;
        if (page.fresh[i]) yield page.raw[i] as T;
      }
    }
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

  async *#walk(): AsyncGenerator<WalkedPage<T>, void, undefined> {
    const { fetchPage, limit, key, signal, maxPages } = this.#options;
    let fetched = 0;
    for (;;) {
      if (this.#current && this.#skip >= this.#current.length) this.#advance();
      // A page left half-read (a `break`, or a resume) is fetched again and its first
      // `skip` records passed over: pages are not kept in memory.
      this.#current = undefined;
      if (this.#done) return;
      if (signal?.aborted) throw new LitmosAbortError('listing was aborted', undefined, { cause: signal.reason });
      if (++fetched > maxPages) {
        throw new LitmosPageLimitError(`listing stopped after ${maxPages} pages (maxPages); pass a larger \`maxPages\` if the list really is that long`);
      }
      const start = this.#start;
      const window = this.#windows[this.#window];
      const { items, response } = await fetchPage({ start, limit, window, signal });
      const keys = key ? items.map(key) : [];
      const fresh = key ? keys.map((k) => !this.#seen.has(k)) : items.map(() => true);
      this.#current = { keys: new Set(keys), length: items.length, full: items.length >= limit };
      yield { raw: items, fresh, start, window, response };
    }
  }

  /** Moves past a page that was read to its end: to the next page, the next window, or the end. */
  #advance(): void {
    const current = this.#current as CurrentPage;
    this.#seen = current.keys;
    this.#skip = 0;
    if (current.full) this.#start += current.length;
    else if (this.#window + 1 < this.#windows.length) [this.#window, this.#start] = [this.#window + 1, 0];
    else this.#done = true;
  }

  #restore(checkpoint: PagerCheckpoint): void {
    const { start, skip, seen, window, done } = checkpoint;
    if (!Number.isInteger(start) || start < 0 || !Number.isInteger(skip) || skip < 0 || !Array.isArray(seen) || seen.some((k) => typeof k !== 'string')) {
      throw new TypeError('Expected `resume` to be a checkpoint of a listing (start, skip, seen)');
    }
    const delta = this.#options.delta;
    if (delta || window) {
      const index = window?.index ?? -1;
      const expected = this.#windows[index];
      const sameRange = delta && checkpoint.range?.since === delta.range.since && checkpoint.range?.to === delta.range.to;
      if (!done && (!sameRange || !expected || expected.since !== window?.since || expected.to !== window?.to)) {
        throw new TypeError('Expected `resume` to be a checkpoint of this delta range');
      }
      this.#window = Math.max(0, index);
    }
    this.#start = start;
    this.#skip = skip;
    this.#seen = new Set(seen);
    this.#done = done === true;
  }
}
