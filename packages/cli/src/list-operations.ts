import { type OperationDef, operations } from '@litmos-kit/client/operations';
import { fitTable, wrapCell } from './fit-table.js';
import { exportResources, getResources } from './list-resources.js';

/** One operation of the spec, as `litmos ops` lists it. */
export interface OperationRow {
  /** The full CLI command that runs it, with the flags it needs, or `null` when the CLI has none (writes). */
  readonly command: string | null;
  /** The same, without its flags: `export teams.users`, `get users <userId>`. */
  readonly shortCommand: string | null;
  /** Flags the command needs: `--since`, `--param teamId`. */
  readonly needs: readonly string[];
  readonly sdkMethod: string;
  readonly operationId: string;
  readonly http: string;
  readonly paging: OperationDef['paging'];
  readonly delta: boolean;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
}

function cliOf(op: OperationDef, exported: Map<OperationDef, string>, got: Map<OperationDef, string>): { short: string; needs: string[] } | null {
  const name = exported.get(op);
  if (name) {
    const since = op.query.some((q) => q.name === 'since' && q.required) ? ['--since'] : [];
    return { short: `export ${name}`, needs: [...since, ...op.pathParams.map((p) => `--param ${p}`)] };
  }
  const record = got.get(op);
  if (record) return { short: `get ${record} <${op.pathParams.at(-1)}>`, needs: op.pathParams.slice(0, -1).map((p) => `--param ${p}`) };
  return null;
}

/** Every operation of the spec with the command that runs it; `filter` keeps those whose text contains it. */
export function listOperations(filter?: string): OperationRow[] {
  const exported = new Map(exportResources().map((r) => [r.op, r.name]));
  const got = new Map(getResources().map((r) => [r.op, r.name]));
  const needle = filter?.toLowerCase();
  return (Object.values(operations) as OperationDef[])
    .map((op) => {
      const cli = cliOf(op, exported, got);
      return {
        command: cli && [cli.short, ...cli.needs.map((flag) => `${flag}${flag === '--since' ? ' …' : '=…'}`)].join(' '),
        shortCommand: cli?.short ?? null,
        needs: cli?.needs ?? [],
        sdkMethod: op.sdkMethod,
        operationId: op.id,
        http: `${op.httpMethod} ${op.path}`,
        paging: op.paging,
        delta: op.delta,
        pathParams: op.pathParams,
        queryParams: op.query.map((q) => q.name).filter((n) => n !== 'source' && n !== 'format'),
      };
    })
    .filter((row) => !needle || [row.command ?? '', row.sdkMethod, row.operationId, row.http].some((text) => text.toLowerCase().includes(needle)))
    .sort((a, b) => (a.command === null ? 1 : 0) - (b.command === null ? 1 : 0) || a.sdkMethod.localeCompare(b.sdkMethod));
}

/**
 * The rows as a table that fits `width` columns: the command with the flags it needs (wrapped
 * under it when narrow), the HTTP method and path, and the SDK method when there is room.
 */
export function formatOperationsTable(rows: readonly OperationRow[], width: number): string {
  const cells = rows.map((r) => [
    // A narrow command wraps only before a flag: no-break spaces hold the rest together.
    r.command ? `litmos ${r.command}`.replace(/ (?!--)/g, '\u00a0') : '- (SDK only)',
    r.http,
    r.sdkMethod,
  ]);
  const table = fitTable(
    [
      { header: 'COMMAND', wrap: true },
      { header: 'HTTP', wrap: true },
      { header: 'SDK METHOD', optional: true },
    ],
    cells,
    width,
  );
  if (!table.omitted.length) return table.text;
  const note = wrapCell('(SDK methods: a wider terminal, or `litmos ops --json` with every detail)', width);
  return `${table.text}\n${note.join('\n')}\n`;
}
