/**
 * The checkpoint beside an export's output (`<out>.checkpoint.json`). It is replaced after every
 * page, and only after the page is on disk, by writing a temporary file, syncing it and renaming
 * it over the old one: a kill at any moment leaves either the old or the new checkpoint, whole.
 * It never holds the API key.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PagerCheckpoint } from '@litmos-kit/sdk';
import { CliError } from './cli-error.js';
import { outputError } from './output-error.js';

/** What identifies an export: a checkpoint only resumes the export it was written by. */
export interface ExportIdentity {
  readonly resource: string;
  readonly params: Readonly<Record<string, string>>;
  /** `--since`/`--to` as typed (`30d`) and as resolved when the export began. */
  readonly since: { readonly arg: string; readonly value: string } | null;
  readonly to: { readonly arg: string; readonly value: string } | null;
  readonly format: string;
  readonly fields: readonly string[] | null;
  readonly limit: number | null;
}

/** The content of a checkpoint file. */
export interface ExportCheckpoint extends ExportIdentity {
  readonly version: 1;
  /** Length of the output that holds complete pages only; a resume cuts the file back to it. */
  readonly bytes: number;
  readonly rows: number;
  readonly pages: number;
  /** The SDK's position: the window being read and the offset in it. */
  readonly pager: PagerCheckpoint;
  readonly updatedAt: string;
}

/** The checkpoint path of an output file. */
export function checkpointPathFor(out: string): string {
  return `${out}.checkpoint.json`;
}

/**
 * Reads a checkpoint; `undefined` when there is none.
 * @throws {CliError} when the file exists but is not a checkpoint of this CLI.
 */
export function readCheckpoint(path: string): ExportCheckpoint | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw outputError('read', path, error);
  }
  let value: Partial<ExportCheckpoint> | undefined;
  try {
    value = JSON.parse(text) as Partial<ExportCheckpoint>;
  } catch {
    value = undefined;
  }
  if (value?.version !== 1 || typeof value.bytes !== 'number' || typeof value.rows !== 'number' || typeof value.pager !== 'object' || value.pager === null) {
    throw new CliError(`${path} is not a checkpoint this version of litmos can resume`, {
      hint: 'delete it (and the output) and export again without --resume',
    });
  }
  return value as ExportCheckpoint;
}

/**
 * Replaces the checkpoint atomically: temporary file, fsync, rename, then fsync of the folder so
 * the rename itself survives a power cut.
 * @throws {CliError} when it cannot be written.
 */
export function writeCheckpoint(path: string, checkpoint: ExportCheckpoint): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`);
    syncPath(temporary, 'r+');
    renameSync(temporary, path);
  } catch (error) {
    throw outputError('write the checkpoint', path, error);
  }
  try {
    syncPath(dirname(path), 'r');
  } catch {
    // Folders cannot be opened for fsync everywhere (Windows); the rename is still atomic.
  }
}

/** Deletes the checkpoint once its export has finished. */
export function removeCheckpoint(path: string): void {
  rmSync(path, { force: true });
}

function syncPath(path: string, flags: string): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Says how a checkpoint differs from the export asked for, or `undefined` when it is the same
 * export. Relative dates are compared as typed (`30d`), so the same command line resumes.
 */
export function checkpointMismatch(checkpoint: ExportIdentity, wanted: ExportIdentity): string | undefined {
  const fields: [string, unknown, unknown][] = [
    ['resource', checkpoint.resource, wanted.resource],
    ['--param', checkpoint.params, wanted.params],
    ['--since', checkpoint.since?.arg ?? null, wanted.since?.arg ?? null],
    ['--to', checkpoint.to?.arg ?? null, wanted.to?.arg ?? null],
    ['--format', checkpoint.format, wanted.format],
    ['--fields', checkpoint.fields, wanted.fields],
    ['--limit', checkpoint.limit, wanted.limit],
  ];
  for (const [name, was, is] of fields) {
    if (JSON.stringify(was) !== JSON.stringify(is)) return `${name} was ${JSON.stringify(was)}, now ${JSON.stringify(is)}`;
  }
  return undefined;
}
