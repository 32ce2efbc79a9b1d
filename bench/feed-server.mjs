// The local feed server bench/ingest.bench.mjs polls, in its own process so its CPU is not counted
// as polling overhead: /feed/N is a small RSS feed with three items of its own and an ETag.
import http from 'node:http';

const item = (n, i) => `<item><guid>${n}-${i}</guid><title>第${n}号信息源第${i}条：街道开展老旧小区改造议事会</title><link>https://news.example.cn/${n}/${i}</link><description>第${n}号信息源的第${i}条信息：居民反映加装电梯和停车位问题，街道已安排专人回应。编号${n * 10 + i}</description><pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate></item>`;
const server = http.createServer((req, res) => {
  const n = Number(req.url.split('/').pop());
  const etag = `"${n}"`;
  if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>源${n}</title>${[1, 2, 3].map((i) => item(n, i)).join('')}</channel></rss>`);
});
server.listen(0, '127.0.0.1', () => process.send(server.address().port));
