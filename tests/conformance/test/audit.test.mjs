import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, it } from 'node:test';

import { conformanceDir } from '../lib/cases.mjs';
import { startReferenceServer } from './http-server.mjs';

function runAudit(url) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['audit.mjs', url], { cwd: conformanceDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the GraphQL over HTTP audit', () => {
  it('passes every audit of graphql-http\'s own handler', async () => {
    const server = await startReferenceServer();
    try {
      const run = await runAudit(server.url);
      assert.equal(run.status, 0, run.stderr);
      const report = JSON.parse(run.stdout);
      assert.equal(report.audits.length, 61);
      assert.deepEqual(report.totals.MUST, { total: 13, ok: 13, notice: 0, warn: 0, error: 0 });
      assert.equal(report.totals.SHOULD.total + report.totals.MAY.total, 48);
      for (const a of report.audits) assert.deepEqual(Object.keys(a), ['id', 'name', 'requirement', 'status', 'reason']);
    } finally {
      await server.close();
    }
  });

  it('fails a server that answers everything with plain text', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('hello'));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const run = await runAudit(`http://127.0.0.1:${server.address().port}/graphql`);
      assert.equal(run.status, 1);
      const report = JSON.parse(run.stdout);
      assert.equal(report.mustPassed, false);
      assert.ok(report.totals.MUST.error > 0);
      assert.ok(report.audits.some((a) => a.status === 'error' && typeof a.reason === 'string'));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a missing URL', async () => {
    const run = await runAudit('not-a-url');
    assert.equal(run.status, 2);
  });
});
