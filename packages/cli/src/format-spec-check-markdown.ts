/**
 * The report of `litmos check-spec` as Markdown, ready to paste into an issue. Field names come
 * from the answers: they are escaped so that a name can neither break the tables nor format
 * the text.
 */
import type { DriftKind } from '@litmos-kit/sdk';
import { plural } from './render-progress.js';
import type { AnswerOutcome, OperationReport, SpecCheckReport, WireFormat } from './spec-check-report.js';
import { operationDiffers } from './spec-check-report.js';

const KIND_LABELS: Readonly<Record<DriftKind, string>> = {
  missing: 'missing documented field',
  unknown: 'unknown field',
  respelled: 'other spelling',
  coerced: 'other type (read as the spec says)',
  mismatch: 'other type or form',
};

/** Text as an inline code span that stays in its table cell. */
function code(text: string): string {
  const clean = text
    .replace(/[\p{Cc}`]/gu, ' ')
    .replace(/\|/g, '\\|')
    .slice(0, 200);
  return `\`${clean}\``;
}

/** Plain text that stays in its table cell and formats nothing. */
function plain(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ').replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

const formatNames = (formats: readonly WireFormat[]) => formats.map((f) => f.toUpperCase()).join(', ');
const operationCell = (op: { readonly http: string; readonly sdkMethod: string }) => `${code(op.http)} ${plain(op.sdkMethod)}`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The answers of `op` with outcome `kind`, grouped by what they say: `[[text, formats]]`. */
function grouped(op: OperationReport, kind: AnswerOutcome['outcome'], say: (a: AnswerOutcome) => string): [string, WireFormat[]][] {
  const out = new Map<string, WireFormat[]>();
  for (const [format, answer] of Object.entries(op.answers) as [WireFormat, AnswerOutcome][]) {
    if (answer.outcome !== kind) continue;
    const text = say(answer);
    out.set(text, [...(out.get(text) ?? []), format]);
  }
  return [...out];
}

/** Why an operation was not called, in words. */
export function describeNotReached(answer: Extract<AnswerOutcome, { outcome: 'not-reached' }>): string {
  const { param, list } = answer;
  const give = 'give ids with --param';
  switch (answer.reason) {
    case 'empty':
      return `no ${param}: ${list} answered no rows; ${give}`;
    case 'failed':
      return `no ${param}: ${list} was refused or could not be read`;
    case 'no-field':
      return `no ${param}: the first row of ${list} has no field for it; ${give}`;
    case 'skipped':
      return `no ${param}: ${list} is left out (--skip); ${give}`;
    case 'no-list':
      return `no ${param}: the spec names no list of them; ${give}`;
    case 'query':
      return `needs the query parameter ${param}`;
  }
}

/** How a refused call is shown: `HTTP 404 (NotFoundError)`, `no answer (LitmosTimeoutError)`. */
function describeRefusal(answer: Extract<AnswerOutcome, { outcome: 'refused' }>): string {
  return `${answer.status === null ? 'no answer' : `HTTP ${answer.status}`} (${answer.error})`;
}

function section(title: string, body: string): string {
  return `## ${title}\n\n${body}\n`;
}

/** Renders a report as Markdown: a summary, then differences, failures and what matched. */
export function formatSpecCheckMarkdown(report: SpecCheckReport): string {
  const { summary: s } = report;
  const parts: string[] = [
    '# litmos check-spec report\n',
    `Answers compared with the spec of litmos-kit CLI ${plain(report.version)} on ${report.date}. ` +
      'The report holds operations, field names, presence and types only: no values, no ids, no URLs, no API key.\n',
    [
      `- **Answers from:** ${plain(report.target)}`,
      `- **Formats:** ${formatNames(report.formats)}`,
      `- **Rows per list:** up to ${report.rowsPerList}`,
      `- **Delta range:** the ${report.deltaDays} days before the run`,
      `- **Operations:** ${s.operations} called: ${s.answered} answered, ${s.differing} differing (${plural(s.differences, 'difference')}), ` +
        `${s.refused} refused, ${s.notReached} not reached; ${s.skipped} skipped`,
    ].join('\n'),
    '',
  ];

  parts.push(
    section(
      `Differences (${report.differences.length})`,
      report.differences.length
        ? table(
            ['operation', 'body path', 'difference', 'expected', 'received', 'formats'],
            report.differences.map((d) => [operationCell(d), code(d.path), KIND_LABELS[d.kind], plain(d.expected), plain(d.received), formatNames(d.formats)]),
          )
        : 'None: every answer that came matches the spec.',
    ),
  );

  const listed = (kind: AnswerOutcome['outcome'], title: string, header: string, say: (a: AnswerOutcome) => string) => {
    const rows = report.operations.flatMap((op) => grouped(op, kind, say).map(([text, formats]) => [operationCell(op), formatNames(formats), plain(text)]));
    if (rows.length) parts.push(section(`${title} (${rows.length})`, table(['operation', 'formats', header], rows)));
  };
  listed('unreadable', 'Unreadable answers', 'answer', (a) => (a.outcome === 'unreadable' ? a.reason : ''));
  listed('refused', 'Refused', 'answer', (a) => (a.outcome === 'refused' ? describeRefusal(a) : ''));
  listed('not-reached', 'Not reached', 'why', (a) => (a.outcome === 'not-reached' ? describeNotReached(a) : ''));
  if (report.skipped.length)
    parts.push(
      section(
        `Skipped (${report.skipped.length})`,
        table(
          ['operation', 'why'],
          report.skipped.map((op) => [code(op.http), plain(op.reason)]),
        ),
      ),
    );

  const matching = report.operations.filter((op) => !operationDiffers(op) && Object.values(op.answers).some((a) => a.outcome === 'answered'));
  if (matching.length) {
    const lines = matching.map((op) => {
      const empty = (Object.entries(op.answers) as [WireFormat, AnswerOutcome][]).filter(([, a]) => a.outcome === 'answered' && a.rows === 'none');
      return `- ${operationCell(op)}${empty.length ? ` (no rows in ${formatNames(empty.map(([f]) => f))}: only the wrapper was compared)` : ''}`;
    });
    parts.push(
      section(
        `Matching the spec (${matching.length})`,
        `<details><summary>${plural(matching.length, 'operation')} answered as the spec says</summary>\n\n${lines.join('\n')}\n\n</details>`,
      ),
    );
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
