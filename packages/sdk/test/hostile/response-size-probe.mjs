// Run by response-size.test.ts in a child process, so that its memory is measured alone: one
// SDK call (built package, dist/) against a server that sends a huge or inflating body. Prints
// the outcome and the process's peak resident memory as one JSON line.
import { createLitmos } from '../../dist/index.js';

const [baseUrl, search] = process.argv.slice(2);
const litmos = createLitmos({ apiKey: 'probe-key-0000', source: 'size-probe', baseUrl, format: 'xml', rateLimit: false, retry: false });
let result;
try {
  const rows = await litmos.achievements.list({ search }).toArray({ max: 10 });
  result = { outcome: 'value', rows: rows.length };
} catch (error) {
  result = { outcome: 'error', name: error?.name, limitBytes: error?.limitBytes, status: error?.status, message: String(error?.message).slice(0, 300) };
}
// maxRSS is in kilobytes.
console.log(JSON.stringify({ ...result, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
