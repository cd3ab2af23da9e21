// The corpus says what it claims: every file loads, ids are unique, each validation rule
// file exercises its rule, and each area has the planned number of cases.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import * as graphql from 'graphql';

import { casesDir, documentText, listCaseFiles, loadSchema, readCaseFile } from '../lib/cases.mjs';

const files = listCaseFiles();
const byFile = new Map(files.map((f) => [f, readCaseFile(join(casesDir, f))]));
const count = (...names) => names.reduce((n, f) => n + byFile.get(f).length, 0);

describe('the case corpus', () => {
  it('has unique ids across all files', () => {
    const seen = new Set();
    for (const cases of byFile.values()) {
      for (const c of cases) {
        assert.ok(!seen.has(c.id), `duplicate id ${c.id}`);
        seen.add(c.id);
      }
    }
  });

  it('has a validation file for every specified rule and no other', () => {
    const ruleFiles = files.filter((f) => f.startsWith('validation/')).map((f) => f.slice('validation/'.length, -'.json'.length));
    const ruleNames = graphql.specifiedRules.map((rule) => rule.name.replace(/Rule$/, ''));
    assert.deepEqual([...ruleFiles].sort(), [...ruleNames].sort());
  });

  for (const rule of graphql.specifiedRules) {
    const name = rule.name.replace(/Rule$/, '');
    it(`covers ${name} with valid documents and documents it rejects`, () => {
      const cases = byFile.get(`validation/${name}.json`);
      const schema = loadSchema('validation.graphql');
      let valid = 0;
      let rejected = 0;
      for (const c of cases) {
        const document = graphql.parse(documentText(c));
        if (graphql.validate(schema, document).length === 0) valid++;
        if (graphql.validate(schema, document, [rule]).length > 0) rejected++;
      }
      assert.ok(cases.length >= (name === 'OverlappingFieldsCanBeMerged' ? 30 : 8), `${cases.length} cases`);
      assert.ok(valid >= 1, `${valid} valid documents`);
      assert.ok(rejected >= 4, `${rejected} documents rejected by the rule`);
    });
  }

  it('has about a hundred parse cases, both printed documents and syntax errors', () => {
    const cases = byFile.get('parse.json');
    assert.ok(cases.length >= 100, `${cases.length} parse cases`);
    let errors = 0;
    for (const c of cases) {
      try {
        graphql.parse(documentText(c));
      } catch {
        errors++;
      }
    }
    assert.ok(errors >= 40 && cases.length - errors >= 40, `${errors} syntax errors of ${cases.length}`);
  });

  it('has at least eighty execution cases', () => {
    assert.ok(count('execution.json', 'coercion.json', 'introspection.json') >= 80);
  });

  it('runs every execution case without a thrown exception in the reference', () => {
    for (const f of ['execution.json', 'coercion.json', 'introspection.json']) {
      for (const c of byFile.get(f)) assert.equal(c.mode, 'execute', c.id);
    }
  });
});
