/**
 * Where exported text goes: a file, written page by page with one write and an fsync each (so a
 * kill leaves whole pages, and the checkpoint written after them never points past the data),
 * or stdout, with back-pressure respected so a slow pipe does not fill memory.
 */
import { closeSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { outputError } from './output-error.js';

/** A place to append text to. */
export interface OutputSink {
  /** Bytes in the output so far (for a resumed file, counting what was kept). */
  readonly bytes: number;
  /** Appends `text` in one piece; for files, it is on disk when the promise settles. */
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens `path` for an export. `keepBytes` (on resume) cuts the file back to that length first:
 * anything after it is a page whose checkpoint never made it to disk, and it will be read again.
 * @throws {CliError} when the file cannot be opened or cut.
 */
export function openFileOutput(path: string, keepBytes?: number): OutputSink {
  let fd: number;
  let bytes = keepBytes ?? 0;
  try {
    fd = openSync(path, keepBytes === undefined ? 'w' : 'r+');
    if (keepBytes !== undefined) {
      ftruncateSync(fd, keepBytes);
      fsyncSync(fd);
    }
  } catch (error) {
    throw outputError('open', path, error);
  }
  return {
    get bytes() {
      return bytes;
    },
    async write(text) {
      if (!text) return;
      const buffer = Buffer.from(text, 'utf8');
      try {
        // writeSync may write less than asked (rarely, for files); go on from where it stopped.
        for (let done = 0; done < buffer.length; ) done += writeSync(fd, buffer, done, buffer.length - done, bytes + done);
        fsyncSync(fd);
      } catch (error) {
        throw outputError('write', path, error);
      }
      bytes += buffer.length;
    },
    async close() {
      closeSync(fd);
    },
  };
}

/** Writes to a stream (stdout), waiting for `drain` when it is full. */
export function streamOutput(stream: NodeJS.WritableStream): OutputSink {
  let bytes = 0;
  return {
    get bytes() {
      return bytes;
    },
    write(text) {
      if (!text) return Promise.resolve();
      bytes += Buffer.byteLength(text);
      return new Promise<void>((resolve, reject) => {
        const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
        if (ok) resolve();
        else stream.once('drain', resolve);
      });
    },
    async close() {},
  };
}
