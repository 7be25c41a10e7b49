/**
 * Lays out a text table in a given width: optional columns are left out first, then the
 * wrappable ones are narrowed (widest first) and their cells wrapped onto more lines, indented
 * so a continuation never reads as a new row; a terminal too narrow even for that gets one row
 * below the other instead of columns. A cell breaks at spaces, then after `/` (paths);
 * a no-break space (U+00A0) keeps two words together and prints as a space.
 */

/** One column of a table. */
export interface TableColumn {
  readonly header: string;
  /** May wrap onto several lines. */
  readonly wrap?: boolean;
  /** May be left out when the table does not fit. */
  readonly optional?: boolean;
}

/** A laid-out table, and the headers of the columns left out to fit. */
export interface FittedTable {
  readonly text: string;
  readonly omitted: readonly string[];
}

const GAP = '  ';
const INDENT = '  ';
// A wrapped column keeps at least this width (or its longest word, if shorter).
const MIN_WRAP = 16;
// Optional columns are shown only while the wrapped ones keep this width.
const COMFORTABLE = 40;
const NBSP = /\u00a0/g;
const STACK_INDENT = '    ';

const length = (text: string) => [...text].length;

/** Splits a cell into lines of at most `width` characters. */
export function wrapCell(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const room = () => Math.max(1, width - (lines.length ? INDENT.length : 0));
  const push = () => {
    lines.push(lines.length ? INDENT + line : line);
    line = '';
  };
  for (const word of text.split(' ')) {
    let rest = line ? ` ${word}` : word;
    if (length(line + rest) > room()) {
      // A word that fits a line of its own starts one; a longer one (a long path) fills this
      // line first and breaks after a `/`, or anywhere as a last resort.
      if (line && length(word) <= width - INDENT.length) {
        push();
        rest = word;
      }
      while (length(line + rest) > room()) {
        const chars = [...rest];
        const free = room() - length(line);
        const slash = chars.slice(0, free).lastIndexOf('/');
        const cut = slash > 1 ? slash + 1 : line ? 0 : free;
        line += chars.slice(0, cut).join('');
        push();
        rest = chars.slice(cut).join('').trimStart();
      }
    }
    line += rest;
  }
  if (line || !lines.length) push();
  return lines.map((l) => l.replace(NBSP, ' '));
}

/** Narrows wrappable columns, widest first, down to `floor`; `undefined` marks a column left out. */
function shrink(columns: readonly TableColumn[], widths: (number | undefined)[], floor: readonly number[], width: number): boolean {
  const total = () => widths.reduce<number>((sum, w) => (w === undefined ? sum : sum + w + GAP.length), -GAP.length);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w !== undefined && columns[i]?.wrap && w > (floor[i] as number) && (widest < 0 || w > (widths[widest] as number))) widest = i;
    });
    if (widest < 0) return false;
    widths[widest] = (widths[widest] as number) - 1;
  }
  return true;
}

/**
 * The widths that make the table fit in `width`: every column if the wrapped ones can stay
 * comfortably wide, else without the optional ones, narrowed as far as their longest words;
 * `undefined` when even that is too wide.
 */
function fitWidths(
  columns: readonly TableColumn[],
  natural: readonly number[],
  smallest: readonly number[],
  width: number,
): (number | undefined)[] | undefined {
  const comfortable = natural.map((n, i) => Math.min(n, Math.max(COMFORTABLE, smallest[i] as number)));
  const all: (number | undefined)[] = [...natural];
  if (shrink(columns, all, comfortable, width)) return all;
  const some = natural.map((n, i) => (columns[i]?.optional ? undefined : n));
  return shrink(columns, some, smallest, width) ? some : undefined;
}

/** Lays out `rows` under `columns` in at most `width` characters per line, where that is possible. */
export function fitTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): FittedTable {
  const all = [columns.map((c) => c.header), ...rows];
  const natural = columns.map((_, i) => Math.max(...all.map((r) => length(r[i] ?? ''))));
  const smallest = columns.map((_, i) => Math.min(natural[i] as number, Math.max(MIN_WRAP, ...all.map((r) => longestWord(r[i] ?? '')))));
  const widths = fitWidths(columns, natural, smallest, width);
  if (!widths) return stack(columns, rows, width);
  const shown = widths.flatMap((w, i) => (w === undefined ? [] : [{ i, w }]));
  const lines: string[] = [];
  for (const row of all) {
    const cells = shown.map(({ i, w }) => wrapCell(row[i] ?? '', w));
    const height = Math.max(...cells.map((c) => c.length));
    for (let n = 0; n < height; n++) {
      const line = cells.map((c, k) => (k === cells.length - 1 ? (c[n] ?? '') : (c[n] ?? '').padEnd(shown[k]?.w as number))).join(GAP);
      lines.push(line.trimEnd());
    }
  }
  return { text: `${lines.join('\n')}\n`, omitted: columns.filter((_, i) => widths[i] === undefined).map((c) => c.header) };
}

function longestWord(text: string): number {
  // Paths break after `/`, so their longest piece is a segment, not the whole path.
  return Math.max(0, ...text.split(/ |(?<=\/)/).map(length));
}

/** The layout for very narrow terminals: each row's first cell, then its other cells indented below it. */
function stack(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): FittedTable {
  const keep = columns.flatMap((c, i) => (c.optional ? [] : [i]));
  const lines = rows.flatMap((row) =>
    keep.flatMap((i, k) => wrapCell(row[i] ?? '', k ? width - STACK_INDENT.length : width).map((line) => (k ? STACK_INDENT + line : line))),
  );
  return { text: `${lines.join('\n')}\n`, omitted: columns.filter((c) => c.optional).map((c) => c.header) };
}
