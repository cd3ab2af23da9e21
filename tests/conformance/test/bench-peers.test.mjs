import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { conformanceDir } from '../lib/cases.mjs';
import { buildExecutableDocument, executableDocumentPath } from '../bench-peers.mjs';

describe('the benchmark peers', () => {
  it('keeps the committed executable document equal to the one it builds, about 100 KB', () => {
    const text = readFileSync(executableDocumentPath, 'utf8');
    assert.equal(text, buildExecutableDocument());
    assert.ok(Buffer.byteLength(text) >= 100_000 && Buffer.byteLength(text) < 110_000);
  });

  it('checks the response hash and reports every figure', () => {
    const run = spawnSync(process.execPath, ['bench-peers.mjs', '--quick'], { cwd: conformanceDir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /sha256 [0-9a-f]{64} matches expected-response.sha256/);
    const figures = JSON.parse(run.stdout);
    assert.equal(figures.workload.hashMatches, true);
    assert.equal(figures.workload.responseBytes, 1490843);
    for (const key of ['execute1000Ms', 'execute100Ms', 'parseExecutableMBps', 'parseGithubSdlMBps', 'validateMs']) {
      assert.ok(figures.graphqlJs[key] > 0, key);
    }
    assert.ok(figures.graphqlJit.execute1000Ms > 0 && figures.graphqlJit.execute100Ms > 0);
  });

  it('refuses a workload whose response does not hash to the expected value', () => {
    // The bench folder holds the schema and query but its own, wrong, expected hash.
    const run = spawnSync(process.execPath, ['bench-peers.mjs', '--quick', '--workload', 'test/fixtures/wrong-hash-workload'], { cwd: conformanceDir, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /DOES NOT MATCH/);
  });
});
