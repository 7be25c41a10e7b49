/**
 * The identity of a row from the fields that together identify it (an operation's `itemKey`),
 * as one string, for the pagers to drop a row repeated across a page boundary; `undefined`
 * (no de-duplication) without key fields. The values are joined with U+0000, which no id holds.
 * Built by concatenation: a page's worth of rows each pays for this, and an array per row plus
 * a `join` costs more than the rest of reading a short page.
 */
export function rowKey<T>(itemKey: readonly string[]): ((row: T) => string) | undefined {
  const [first, second, third] = itemKey;
  const field = (row: T, name: string) => String((row as Record<string, unknown>)[name]);
  switch (itemKey.length) {
    case 0:
      return undefined;
    case 1:
      return (row) => field(row, first as string);
    case 2:
      return (row) => `${field(row, first as string)}\u0000${field(row, second as string)}`;
    case 3:
      return (row) => `${field(row, first as string)}\u0000${field(row, second as string)}\u0000${field(row, third as string)}`;
    default:
      return (row) => {
        let key = field(row, first as string);
        for (let i = 1; i < itemKey.length; i++) key += `\u0000${field(row, itemKey[i] as string)}`;
        return key;
      };
  }
}
