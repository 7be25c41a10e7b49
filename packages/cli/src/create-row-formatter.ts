/** The output formats of `litmos export`. */
export type OutputFormat = 'ndjson' | 'csv' | 'json';

/** The output formats, for validation and help text. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['ndjson', 'csv', 'json'];

/**
 * Turns pages of rows into text. Each call returns a whole piece of the file (header, a page of
 * rows, footer) so the writer can put each down with one write: a kill between writes then
 * never leaves half a line.
 */
export interface RowFormatter {
  /** What the file starts with: the CSV header line, `[` for JSON, nothing for NDJSON. */
  header(): string;
  /** A page of rows; `written` is how many rows are already in the file (JSON needs commas between). */
  rows(items: readonly unknown[], written: number): string;
  /** What the file ends with, once every row is in: `]` for JSON. */
  footer(written: number): string;
}

/**
 * Creates the formatter for `format`. `fields` keeps only those fields, in that order (a field a
 * row lacks is `null`); CSV always needs columns, so it takes `fields` or else `columns`, the
 * row fields the spec lists.
 */
export function createRowFormatter(format: OutputFormat, fields: readonly string[] | undefined, columns?: readonly string[]): RowFormatter {
  const project = fields ? (row: unknown) => pick(row, fields) : (row: unknown) => row;
  switch (format) {
    case 'ndjson':
      return { header: () => '', rows: (items) => items.map((row) => `${JSON.stringify(project(row))}\n`).join(''), footer: () => '' };
    case 'json':
      return {
        header: () => '[',
        // One row per line, so the file can be read and diffed like NDJSON.
        rows: (items, written) => items.map((row, i) => `${written + i === 0 ? '\n' : ',\n'}${JSON.stringify(project(row))}`).join(''),
        footer: (written) => (written > 0 ? '\n]\n' : ']\n'),
      };
    case 'csv': {
      const header = fields ?? columns;
      if (!header?.length) throw new TypeError('Expected `fields` or `columns` for CSV output');
      return {
        header: () => csvLine(header),
        rows: (items) => items.map((row) => csvLine(header.map((name) => (row as Record<string, unknown> | null)?.[name]))).join(''),
        footer: () => '',
      };
    }
  }
}

function pick(row: unknown, fields: readonly string[]): Record<string, unknown> {
  const source = (row ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((name) => [name, source[name] ?? null]));
}

/** One CSV record as RFC 4180 writes it: CRLF at the end, quotes only where needed. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
