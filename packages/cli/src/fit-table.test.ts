import { describe, expect, it } from 'vitest';
import { fitTable, wrapCell } from './fit-table.js';

const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('wrapCell', () => {
  it('breaks at spaces and indents continuations', () => {
    expect(wrapCell('litmos export x --param a=1', 18)).toEqual(['litmos export x', '  --param a=1']);
    expect(wrapCell('a b c d e f', 5)).toEqual(['a b c', '  d e', '  f']);
  });

  it('keeps no-break-spaced words together and prints them with spaces', () => {
    expect(wrapCell('one\u00a0two three', 9)).toEqual(['one two', '  three']);
  });

  it('breaks a long path after a slash, filling the line first', () => {
    expect(wrapCell('GET /courses/{courseId}/modules/{moduleId}/sessions', 30)).toEqual(['GET /courses/{courseId}/', '  modules/{moduleId}/sessions']);
  });

  it('cuts a word with no place to break as a last resort', () => {
    const lines = wrapCell('abcdefghijklmnop', 6);
    expect(lines.join('').replaceAll(' ', '')).toBe('abcdefghijklmnop');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(6);
  });
});

describe('fitTable', () => {
  const columns = [
    { header: 'A', wrap: true },
    { header: 'B', wrap: true },
    { header: 'C', optional: true },
  ];
  const rows = [
    ['short', 'GET /a', 'a.list'],
    ['litmos export something.long --param first=… --param second=…', 'GET /first/{first}/second/{second}/items', 'something.long.list'],
  ];

  it('keeps every column at its natural width when they fit', () => {
    const { text, omitted } = fitTable(columns, rows, 200);
    expect(omitted).toEqual([]);
    expect(text.split('\n')[0]).toMatch(/^A {2,}B {2,}C$/);
    expect(text.trimEnd().split('\n')).toHaveLength(3);
  });

  it('leaves out optional columns, then wraps, to fit the width', () => {
    const { text, omitted } = fitTable(columns, rows, 70);
    expect(omitted).toEqual(['C']);
    expect(widest(text)).toBeLessThanOrEqual(70);
    expect(text).not.toContain('something.long.list');
    // Every word is still there, in order.
    expect(text.replace(/\s+/g, ' ')).toContain('--param first=…');
    expect(text).toMatch(/\n {2}--param/);
  });

  it('stacks rows when even the narrowest columns do not fit', () => {
    const { text, omitted } = fitTable(columns, rows, 30);
    expect(omitted).toEqual(['C']);
    expect(widest(text)).toBeLessThanOrEqual(30);
    expect(text.split('\n')[0]).toBe('short');
    expect(text.split('\n')[1]).toBe('    GET /a');
  });
});
