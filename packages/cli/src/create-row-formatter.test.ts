import { describe, expect, it } from 'vitest';
import { createRowFormatter, csvLine } from './create-row-formatter.js';

const rows = [
  { Id: 'a1', Name: 'Ann', Tags: ['x', 'y'], Note: null },
  { Id: 'b2', Name: 'Bo, "the" Builder', Tags: [], Note: 'line\nbreak' },
];

/** Writes rows through a formatter page by page, as the export does. */
function write(format: 'ndjson' | 'csv' | 'json', pages: unknown[][], fields?: string[], columns?: string[]): string {
  const f = createRowFormatter(format, fields, columns);
  let out = f.header();
  let written = 0;
  for (const page of pages) {
    out += f.rows(page, written);
    written += page.length;
  }
  return out + f.footer(written);
}

describe('createRowFormatter', () => {
  it('writes NDJSON one row per line, all fields or only --fields (null when missing)', () => {
    expect(write('ndjson', [rows])).toBe(`${JSON.stringify(rows[0])}\n${JSON.stringify(rows[1])}\n`);
    expect(write('ndjson', [rows], ['Name', 'Missing'])).toBe('{"Name":"Ann","Missing":null}\n{"Name":"Bo, \\"the\\" Builder","Missing":null}\n');
  });

  it.each([
    { name: 'no rows', pages: [[]], expected: '[]\n' },
    { name: 'one row', pages: [[{ a: 1 }]], expected: '[\n{"a":1}\n]\n' },
    { name: 'rows over several pages', pages: [[{ a: 1 }, { a: 2 }], [], [{ a: 3 }]], expected: '[\n{"a":1},\n{"a":2},\n{"a":3}\n]\n' },
  ])('writes JSON that parses back, with $name', ({ pages, expected }) => {
    const text = write('json', pages);
    expect(text).toBe(expected);
    expect(JSON.parse(text)).toEqual(pages.flat());
  });

  it('writes CSV with a header of the spec columns, RFC 4180 quoting and JSON for nested values', () => {
    expect(write('csv', [rows], undefined, ['Id', 'Name', 'Tags', 'Note'])).toBe(
      'Id,Name,Tags,Note\r\na1,Ann,"[""x"",""y""]",\r\nb2,"Bo, ""the"" Builder",[],"line\nbreak"\r\n',
    );
  });

  it('prefers --fields over the spec columns for CSV, and refuses CSV with neither', () => {
    expect(write('csv', [rows], ['Name'], ['Id'])).toBe('Name\r\nAnn\r\n"Bo, ""the"" Builder"\r\n');
    expect(() => createRowFormatter('csv', undefined, undefined)).toThrow(TypeError);
  });

  it('quotes cells with edge spaces and writes booleans and numbers plainly', () => {
    expect(csvLine([' padded', true, 0, undefined])).toBe('" padded",true,0,\r\n');
  });
});
