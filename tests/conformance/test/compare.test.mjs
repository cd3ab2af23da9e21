import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import { compareOutcomes, jsonEqual } from '../compare.mjs';
import { conformanceDir } from '../lib/cases.mjs';

const dir = mkdtempSync(join(tmpdir(), 'compare-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the outcome comparison', () => {
  it('ignores key order but not array order', () => {
    assert.ok(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }));
    assert.ok(!jsonEqual({ a: [1, 2] }, { a: [2, 1] }));
    assert.ok(!jsonEqual({ a: 1 }, { a: 1, b: undefined }));
    assert.ok(!jsonEqual({ a: 1 }, { a: '1' }));
  });

  it('reports agreement per area and every difference', () => {
    const expected = new Map([
      ['parse/a', { id: 'parse/a', printed: '{\n  a\n}' }],
      ['parse/b', { id: 'parse/b', printed: '{\n  b\n}' }],
      ['validation/X/c', { id: 'validation/X/c', errors: [] }],
    ]);
    const actual = new Map([
      ['parse/a', { printed: '{\n  a\n}', id: 'parse/a' }],
      ['parse/b', { id: 'parse/b', printed: '{ b }' }],
      ['other', { id: 'other', errors: [] }],
    ]);
    const report = compareOutcomes(expected, actual);
    assert.equal(report.agreed, 1);
    assert.equal(report.agreementPercent, 33.33);
    assert.deepEqual(report.areas.parse, { cases: 2, agreed: 1, agreementPercent: 50 });
    assert.deepEqual(report.differences.map((d) => d.id), ['parse/b', 'validation/X/c']);
    assert.equal(report.differences[1].actual, null);
    assert.deepEqual(report.unexpectedIds, ['other']);
  });

  it('finds graphql-js in full agreement with its own expected outcomes', () => {
    const run = spawnSync(process.execPath, ['compare.mjs', 'expected', 'expected'], { cwd: conformanceDir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).agreementPercent, 100);
  });

  it('exits 1 when an outcome differs', () => {
    const file = join(dir, 'actual.json');
    writeFileSync(file, JSON.stringify([{ id: 'parse/shorthand-query', printed: '{ hero }' }]));
    const run = spawnSync(process.execPath, ['compare.mjs', 'expected/parse.json', file], { cwd: conformanceDir, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.ok(JSON.parse(run.stdout).agreementPercent < 1);
  });
});
