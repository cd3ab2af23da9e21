// Load generator for the HTTP benchmark (tests/Dbs.Api.Benchmarks): runs autocannon against one endpoint and prints
// one JSON line with the latency percentiles (ms) and the throughput.
//   node bench-http.mjs <url> <body-file> [--token T] [--duration S] [--connections N]
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [url, bodyFile, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const index = rest.indexOf(name);
  return index >= 0 ? rest[index + 1] : fallback;
};
if (!url || !bodyFile) {
  console.error('usage: node bench-http.mjs <url> <body-file> [--token T] [--duration S] [--connections N]');
  process.exit(2);
}

const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
const token = option('--token');
if (token) headers.authorization = `Bearer ${token}`;

const result = await autocannon({
  url,
  method: 'POST',
  headers,
  body: readFileSync(bodyFile),
  duration: Number(option('--duration', '10')),
  connections: Number(option('--connections', '4')),
});

const failures = result.non2xx + result.errors + result.timeouts;
console.log(JSON.stringify({
  requests: result.requests.total,
  failures,
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  mean: result.latency.mean,
}));
