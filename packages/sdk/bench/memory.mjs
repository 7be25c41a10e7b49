// Part of `pnpm bench` (run.mjs starts it in a fresh process with --expose-gc): twelve million
// rows through the pager over HTTP, long enough to tell memory that levels off from memory that
// keeps growing. Prints one JSON line: the table row.
import { createLitmos } from '../dist/index.js';
import { closeServer, listen } from './local-server.mjs';

async function memory() {
  const pageSize = 1000;
  const pages = 12_000;
  const target = await listen((req, res) => {
    const start = Number(new URL(req.url, 'http://x').searchParams.get('start'));
    const count = start >= pageSize * pages ? 0 : pageSize;
    let text = '[';
    for (let i = 0; i < count; i++)
      text += `${i ? ',' : ''}{"UserId":"U${start + i}","Title":"Course ${i % 50}","Description":null,"AchievementDate":"2026-10-01T10:00:00Z","CourseId":"C${i % 50}","CompliantTillDate":null,"Score":"90","Result":"Passed","Type":"Course","FirstName":"Ada","LastName":"Lovelace","AchievementId":${start + i},"CertificateId":null}`;
    text += ']';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  });
  const litmos = createLitmos({ apiKey: 'bench-key', source: 'bench', baseUrl: target.url, format: 'json', rateLimit: false });
  const sample = () => {
    globalThis.gc?.();
    return process.memoryUsage();
  };
  let rowsSeen = 0;
  const samples = new Map();
  const started = performance.now();
  for await (const page of litmos.achievements.list({ limit: pageSize }, { maxPages: pages + 1 }).pages()) {
    rowsSeen += page.items.length;
    const n = page.next / pageSize;
    if (n === 50 || n % 100 === 0) samples.set(n, sample());
  }
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
  const at = (n) => samples.get(n);
  // Flat means: the JS heap left after a full collection does not grow with the rows read, and
  // the memory outside V8's heap (RSS minus the heap V8 has reserved: sockets, buffers, the
  // allocator) levels off. Both rise over the first millions of rows as V8 and the allocator size
  // themselves to the load (V8 reserves more young generation while the allocation rate stays
  // high); what counts is that the second half of the run adds nothing.
  // One sample after a full collection catches the allocator at one moment, and memory outside
  // the heap swings by tens of MB from one moment to the next (freed buffers not yet given back):
  // each figure outside the heap is the median of the ten samples of the million rows up to it.
  const heapGrowth = (at(pages).heapUsed - at(1000).heapUsed) / 2 ** 20;
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  const upTo = (n, read) => median(Array.from({ length: 10 }, (_, i) => read(at(n - i * 100))));
  const native = (n) => upTo(n, (m) => (m.rss - m.heapTotal) / 2 ** 20);
  const rss = (n) => upTo(n, (m) => m.rss / 2 ** 20);
  const half = pages / 2;
  const lateNative = native(pages) - native(half);
  const lateRss = rss(pages) - rss(half);
  const signed = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;
  const marks = [1000, 3000, half, 9000, pages];
  const millions = (n) => `${(n * pageSize) / 1e6}M`;
  const result = {
    name: `Memory: ${rowsSeen.toLocaleString('en')} rows through the pager`,
    sdk: `heap ${mb(at(50).heapUsed)} → ${mb(at(1000).heapUsed)} → ${mb(at(pages).heapUsed)} MB`,
    baseline: `RSS ${marks.map((n) => mb(at(n).rss)).join(' → ')} MB`,
    met: heapGrowth < 16 && lateNative < 16,
    note:
      `heap at 50k, 1M, 12M rows; RSS at ${marks.map(millions).join(', ')}; outside the heap (median of the samples of each million) ${marks.map((n) => native(n).toFixed(0)).join(' → ')} MB, ` +
      `second half ${signed(lateNative)} MB (RSS ${signed(lateRss)} MB); ${((performance.now() - started) / 1000).toFixed(1)} s`,
  };
  await closeServer(target);
  return result;
}

console.log(JSON.stringify(await memory()));
