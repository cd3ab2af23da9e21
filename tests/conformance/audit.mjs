#!/usr/bin/env node
// Audits a GraphQL over HTTP server with graphql-http's auditServer and prints, as JSON,
// every audit (id, name, requirement, status, reason) and the totals per requirement.
//
//   node audit.mjs http://127.0.0.1:5000/graphql
//
// Exit code: 0 when every MUST audit is ok, 1 when one is not, 2 on wrong usage.
import { pathToFileURL } from 'node:url';

import { auditServer } from 'graphql-http';

const requirements = ['MUST', 'SHOULD', 'MAY'];
const statuses = ['ok', 'notice', 'warn', 'error'];

export async function audit(url) {
  const results = await auditServer({ url });
  const audits = results.map((r) => ({
    id: r.id,
    name: r.name,
    requirement: r.name.split(' ')[0],
    status: r.status,
    reason: r.status === 'ok' ? null : r.reason,
  }));
  const totals = {};
  for (const requirement of requirements) {
    const mine = audits.filter((a) => a.requirement === requirement);
    totals[requirement] = { total: mine.length };
    for (const status of statuses) totals[requirement][status] = mine.filter((a) => a.status === status).length;
  }
  const mustPassed = audits.filter((a) => a.requirement === 'MUST').every((a) => a.status === 'ok');
  return { url, audits, totals, mustPassed };
}

async function main(args) {
  if (args.length !== 1 || !/^https?:\/\//.test(args[0])) {
    console.error('usage: node audit.mjs URL   (for example http://127.0.0.1:5000/graphql)');
    return 2;
  }
  const report = await audit(args[0]);
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return report.mustPassed ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
