/**
 * `litmos export`: reads a list page by page and appends each page to the output in one write.
 * With `--out`, a checkpoint is written beside the file after every page (after the page is on
 * disk), so `--resume` cuts the file back to the last complete page and reads on from there:
 * no row lost, none repeated, whatever moment the previous run was killed at.
 */
import { existsSync, statSync } from 'node:fs';
import { type Litmos, type PagerCheckpoint, resolveDeltaRange, splitDeltaRange } from '@litmos-kit/sdk';
import {
  checkpointMismatch,
  checkpointPathFor,
  type ExportCheckpoint,
  type ExportIdentity,
  readCheckpoint,
  removeCheckpoint,
  writeCheckpoint,
} from './checkpoint-file.js';
import { CliError } from './cli-error.js';
import { createRowFormatter, type OutputFormat } from './create-row-formatter.js';
import type { CliResource } from './list-resources.js';
import { type OutputSink, openFileOutput, streamOutput } from './open-output.js';
import type { ProgressStats } from './progress-stats.js';
import { readPages } from './read-pages.js';
import { responseFields } from './response-fields.js';

/** One export, as the command line describes it. */
export interface ExportJob {
  readonly resource: CliResource;
  /** What the checkpoint must match to be resumed; its `since`/`to` values are the resolved dates. */
  readonly identity: ExportIdentity;
  readonly pageSize: number;
  readonly out: string | undefined;
  readonly resume: boolean;
}

/** What an export runs with. */
export interface ExportContext {
  readonly litmos: Litmos;
  readonly stats: ProgressStats;
  readonly stdout: NodeJS.WritableStream;
  readonly signal: AbortSignal;
  /** Prints a message on stderr (above the progress display). */
  readonly notice: (message: string) => void;
  /** Called after each page is written. */
  readonly onPage?: () => void;
}

/** How an export ended. */
export interface ExportResult {
  readonly rows: number;
  readonly pages: number;
  readonly resumed: boolean;
}

interface Opened {
  readonly sink: OutputSink;
  readonly checkpointPath: string | undefined;
  readonly previous: ExportCheckpoint | undefined;
}

/** Runs an export to its end (or to `--limit` rows). */
export async function exportResource(job: ExportJob, ctx: ExportContext): Promise<ExportResult> {
  const { resource, identity } = job;
  const columns = identity.fields ?? (await responseFields(resource.op));
  if (identity.format === 'csv' && !columns)
    throw new CliError(`the spec does not list the fields of ${resource.name}`, { hint: 'name the CSV columns with --fields' });
  const formatter = createRowFormatter(identity.format as OutputFormat, identity.fields ?? undefined, columns);
  const { sink, checkpointPath, previous } = openExport(job, ctx);
  // The dates the export began with: on resume, the checkpoint's, so that `--since 30d` means the same moment.
  const since = previous?.since?.value ?? identity.since?.value;
  const to = previous?.to?.value ?? identity.to?.value;
  const params = { ...identity.params, ...(since ? { since: asDate(since) } : {}), ...(to ? { to: asDate(to) } : {}) };
  const windows = windowCount(resource, previous?.pager, since, to);
  let rows = previous?.rows ?? 0;
  let pages = previous?.pages ?? 0;
  if (previous) {
    const at = previous.pager.window && { ...previous.pager.window, count: windows ?? previous.pager.window.index + 1 };
    ctx.stats.begin({ rows, pages, window: at });
    const where = at ? `, in window ${at.index + 1}/${at.count} (${at.since} → ${at.to})` : '';
    ctx.notice(`litmos: resuming ${job.out}: ${count(rows)} rows in ${count(pages)} pages are written; reading on from there${where}`);
  } else ctx.stats.begin();
  let prefix = sink.bytes === 0 ? formatter.header() : '';
  const limit = identity.limit ?? Number.POSITIVE_INFINITY;
  const saved = { ...identity, since: previous?.since ?? identity.since, to: previous?.to ?? identity.to };
  const onPageRetry = (error: Error, attempt: number) => ctx.notice(`litmos: reading the page again (attempt ${attempt + 1}) after: ${error.message}`);
  try {
    const reading =
      rows < limit ? readPages({ litmos: ctx.litmos, resource, params, pageSize: job.pageSize, resume: previous?.pager, signal: ctx.signal, onPageRetry }) : [];
    for await (const page of reading) {
      const items = page.items.slice(0, limit - rows);
      // The page (with the header, the first time) in one write and on disk, then the checkpoint
      // that counts it: the file never holds more than its checkpoint says plus one page.
      await sink.write(prefix + formatter.rows(items, rows));
      prefix = '';
      rows += items.length;
      pages++;
      ctx.stats.page(items.length, page.window && { ...page.window, count: windows ?? page.window.index + 1 });
      if (checkpointPath)
        writeCheckpoint(checkpointPath, { version: 1, ...saved, bytes: sink.bytes, rows, pages, pager: page.checkpoint, updatedAt: new Date().toISOString() });
      ctx.onPage?.();
      if (rows >= limit) break;
    }
    await sink.write(prefix + formatter.footer(rows));
  } finally {
    await sink.close();
  }
  if (checkpointPath) removeCheckpoint(checkpointPath);
  return { rows, pages, resumed: previous !== undefined };
}

function openExport(job: ExportJob, ctx: ExportContext): Opened {
  const { out } = job;
  if (out === undefined) {
    if (job.resume) throw new CliError('--resume needs --out', { hint: 'the checkpoint lives beside the output file; stdout cannot be resumed' });
    return { sink: streamOutput(ctx.stdout), checkpointPath: undefined, previous: undefined };
  }
  const checkpointPath = checkpointPathFor(out);
  const previous = readCheckpoint(checkpointPath);
  if (!job.resume) {
    if (previous) ctx.notice(`litmos: starting over; the unfinished export in ${checkpointPath} is replaced (pass --resume to continue one)`);
    return { sink: openFileOutput(out), checkpointPath, previous: undefined };
  }
  if (!previous) {
    if (existsSync(out) && statSync(out).size > 0) {
      throw new CliError(`nothing to resume: ${out} exists but has no checkpoint beside it`, {
        hint: 'that export finished (or was not written by litmos); drop --resume to export it again',
      });
    }
    ctx.notice(`litmos: no checkpoint beside ${out}; starting from the beginning`);
    return { sink: openFileOutput(out), checkpointPath, previous: undefined };
  }
  const mismatch = checkpointMismatch(previous, job.identity);
  if (mismatch)
    throw new CliError(`${checkpointPath} is the checkpoint of another export (${mismatch})`, {
      hint: 'resume with the same command line, or drop --resume to start over',
    });
  const size = existsSync(out) ? statSync(out).size : 0;
  if (size < previous.bytes)
    throw new CliError(`${out} is shorter (${size} bytes) than its checkpoint says (${previous.bytes})`, {
      hint: 'the file was changed since; drop --resume to export again',
    });
  return { sink: openFileOutput(out, previous.bytes), checkpointPath, previous };
}

const count = (n: number) => n.toLocaleString('en-US');

/** A `YYYY-MM-DD HH:MM:SS` UTC value as a Date (the SDK writes Dates in Litmos' form). */
function asDate(value: string): Date {
  return new Date(`${value.replace(' ', 'T')}Z`);
}

/** How many 7-day windows a delta export reads, for the progress display. */
function windowCount(resource: CliResource, resume: PagerCheckpoint | undefined, since: string | undefined, to: string | undefined): number | undefined {
  if (!resource.op.delta || !since || !to) return undefined;
  return splitDeltaRange(resume?.range ?? resolveDeltaRange(asDate(since), asDate(to))).length;
}
