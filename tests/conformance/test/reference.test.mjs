import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { conformanceDir, runCase, withErrors } from '../lib/cases.mjs';

const node = (args, input) => spawnSync(process.execPath, args, { cwd: conformanceDir, input, encoding: 'utf8' });

describe('the reference runner', () => {
  it('keeps expected/ equal to a fresh run over cases/', () => {
    const run = node(['reference.mjs', '--check']);
    assert.equal(run.status, 0, run.stderr);
  });

  it('reads cases from stdin and writes one outcome per line', () => {
    const cases = [
      { id: 'p', mode: 'parse', document: '{ a }' },
      { id: 'v', mode: 'validate', schema: 'validation.graphql', document: ['{', '  dog { nam }', '}'] },
      { id: 'x', mode: 'execute', schema: 'execution.graphql', document: '{ title }', root: { title: 'T' } },
    ];
    const run = node(['reference.mjs', '-'], JSON.stringify({ cases }));
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 5);
    assert.deepEqual(JSON.parse(run.stdout), [
      { id: 'p', printed: '{\n  a\n}' },
      { id: 'v', errors: [{ message: 'Cannot query field "nam" on type "Dog". Did you mean "name"?', locations: [{ line: 2, column: 9 }] }] },
      { id: 'x', response: { data: { title: 'T' } } },
    ]);
  });

  it('rejects a case without a mode', () => {
    const run = node(['reference.mjs', '-'], JSON.stringify([{ id: 'broken', document: '{ a }' }]));
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /"mode" must be parse, validate or execute/);
  });

  it('turns "$error" objects into errors at fields and list items', () => {
    const outcome = runCase({
      id: 'e',
      mode: 'execute',
      schema: 'execution.graphql',
      document: '{ title tags }',
      root: { title: { $error: 'no title' }, tags: ['a', { $error: 'no tag' }] },
    });
    assert.deepEqual(outcome.response, {
      errors: [
        { message: 'no title', locations: [{ line: 1, column: 3 }], path: ['title'] },
        { message: 'no tag', locations: [{ line: 1, column: 9 }], path: ['tags', 1] },
      ],
      data: { title: null, tags: ['a', null] },
    });
    assert.ok(withErrors({ $error: 'x' }) instanceof Error);
  });

  it('answers echo fields with their coerced arguments in definition order', () => {
    const outcome = runCase({ id: 'o', mode: 'execute', schema: 'execution.graphql', document: '{ echoMany(c: true, a: 1) }' });
    assert.equal(outcome.response.data.echoMany, '{"a":1,"c":true}');
  });

  it('runs a case file given by path', () => {
    const run = node(['reference.mjs', join('cases', 'validation', 'UniqueOperationNames.json')]);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(JSON.parse(run.stdout).length >= 8);
  });
});
