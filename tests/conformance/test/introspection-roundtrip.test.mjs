import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import { conformanceDir } from '../lib/cases.mjs';
import { introspectionQuery, lineDiff } from '../introspection-roundtrip.mjs';

const dir = mkdtempSync(join(tmpdir(), 'roundtrip-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const node = (...args) => spawnSync(process.execPath, ['introspection-roundtrip.mjs', ...args], { cwd: conformanceDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('the introspection round trip', () => {
  for (const name of ['validation', 'execution', 'github', 'bench']) {
    it(`finds graphql-js's own introspection of the ${name} schema equal`, () => {
      const reference = node('--reference', name);
      assert.equal(reference.status, 0, reference.stderr);
      const file = join(dir, `${name}.json`);
      writeFileSync(file, reference.stdout);
      const run = node(name, file);
      assert.equal(run.status, 0, run.stdout);
      assert.equal(run.stdout.trim(), 'equal');
    });
  }

  it('reports a missing field with a diff', () => {
    const reference = JSON.parse(node('--reference', 'execution').stdout);
    const book = reference.data.__schema.types.find((t) => t.name === 'Book');
    book.fields = book.fields.filter((f) => f.name !== 'subtitle');
    const file = join(dir, 'altered.json');
    writeFileSync(file, JSON.stringify(reference.data));
    const run = node('execution', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^different\n/);
    assert.match(run.stdout, /-\d+: {3}subtitle: String/);
  });

  it('tells when only the order differs', () => {
    const reference = JSON.parse(node('--reference', 'execution').stdout);
    reference.data.__schema.types.reverse();
    const file = join(dir, 'reordered.json');
    writeFileSync(file, JSON.stringify(reference));
    const run = node('execution', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^different \(equal when types and fields are sorted\)/);
  });

  it('prints graphql-js\'s printSchema of an SDL with --print', () => {
    const run = node('--print', 'execution');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\nschema \{\n  query: Query\n  mutation: Mutation\n\}\n/);
    assert.match(run.stdout, /\n"""Exactly one way to identify a book."""\ninput BookLookup @oneOf \{\n/);
    assert.ok(run.stdout.endsWith('}\n'));
  });

  it('keeps introspection-query.graphql equal to the query it checks with', () => {
    assert.equal(readFileSync(join(conformanceDir, 'introspection-query.graphql'), 'utf8'), introspectionQuery + '\n');
  });

  it('diffs lines by their longest common subsequence', () => {
    assert.deepEqual(lineDiff('a\nb\nc\nd', 'a\nc\nx\nd'), ['-2: b', '+3: x']);
  });
});
