// Part of `pnpm bench` (run.mjs starts it in a fresh process with --expose-gc): a million rows
// through the pager over HTTP. Prints one JSON line: the table row.
import { createLitmos } from '../dist/index.js';
import { closeServer, listen } from './local-server.mjs';

async function memory() {
  const pageSize = 1000;
  const pages = 1000;
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
  for await (const page of litmos.achievements.list({ limit: pageSize }).pages()) {
    rowsSeen += page.items.length;
    const n = page.next / pageSize;
    if (n % 50 === 0) samples.set(n, sample());
  }
  const mb = (bytes) => (bytes / 2 ** 20).toFixed(0);
  const at = (n) => samples.get(n);
  // Flat means: the JS heap left after a full collection does not grow with the rows read, and
  // neither does the memory outside V8's heap (RSS minus the heap V8 has reserved: sockets,
  // buffers, the allocator). V8 itself reserves more heap as the allocation rate stays high (its
  // young generation grows up to the limit of its flags), which lifts RSS without anything
  // being kept: that part is shown, not counted.
  const heapGrowth = (at(pages).heapUsed - at(50).heapUsed) / 2 ** 20;
  const native = (n) => at(n).rss - at(n).heapTotal;
  const lateRss = (at(pages).rss - at(pages / 2).rss) / 2 ** 20;
  const lateNative = (native(pages) - native(pages / 2)) / 2 ** 20;
  const signed = (n) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;
  const result = {
    name: `Memory: ${rowsSeen.toLocaleString('en')} rows through the pager`,
    sdk: `heap ${mb(at(50).heapUsed)} → ${mb(at(pages).heapUsed)} MB`,
    baseline: `RSS ${[50, pages / 4, pages / 2, (3 * pages) / 4, pages].map((n) => mb(at(n).rss)).join(' → ')} MB`,
    met: heapGrowth < 16 && lateNative < 16,
    note:
      `at pages 50, 250, 500, 750, 1000; second half: outside the heap ${signed(lateNative)} MB, RSS ${signed(lateRss)} MB ` +
      `(V8's reserved heap ${mb(at(pages / 2).heapTotal)} → ${mb(at(pages).heapTotal)} MB); ${((performance.now() - started) / 1000).toFixed(1)} s`,
  };
  await closeServer(target);
  return result;
}

console.log(JSON.stringify(await memory()));
