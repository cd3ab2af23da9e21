#!/usr/bin/env node
// Compares another engine's outcomes with graphql-js's, case by case.
//
//   node compare.mjs EXPECTED ACTUAL
//
// EXPECTED and ACTUAL are outcome files (JSON arrays as reference.mjs writes them) or folders
// of them (expected/ and the other engine's folder with the same relative paths). Two outcomes
// agree when their JSON values are equal (object key order ignored, array order kept). Prints a
// JSON report: agreement in percent overall and per area (the id up to its last "/"), and every
// difference; exit 0 when all agree, 1 otherwise.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { listCaseFiles } from './lib/cases.mjs';

function readOutcomes(path) {
  const full = resolve(path);
  const files = statSync(full).isDirectory() ? listCaseFiles(full).map((f) => join(full, f)) : [full];
  const outcomes = new Map();
  for (const file of files) {
    for (const outcome of JSON.parse(readFileSync(file, 'utf8'))) outcomes.set(outcome.id, outcome);
  }
  return outcomes;
}

export function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

export function compareOutcomes(expected, actual) {
  const areas = new Map();
  const differences = [];
  let agreed = 0;
  for (const [id, want] of expected) {
    const area = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '';
    const stats = areas.get(area) ?? { cases: 0, agreed: 0 };
    areas.set(area, stats);
    stats.cases++;
    const got = actual.get(id);
    if (got !== undefined && jsonEqual(want, got)) {
      agreed++;
      stats.agreed++;
    } else {
      differences.push({ id, expected: want, actual: got ?? null });
    }
  }
  const percent = (a, n) => (n === 0 ? 100 : Math.round((10000 * a) / n) / 100);
  return {
    cases: expected.size,
    agreed,
    agreementPercent: percent(agreed, expected.size),
    areas: Object.fromEntries([...areas].map(([area, s]) => [area, { ...s, agreementPercent: percent(s.agreed, s.cases) }])),
    unexpectedIds: [...actual.keys()].filter((id) => !expected.has(id)),
    differences,
  };
}

function main(args) {
  if (args.length !== 2) {
    console.error('usage: node compare.mjs EXPECTED ACTUAL   (outcome files or folders)');
    return 2;
  }
  const report = compareOutcomes(readOutcomes(args[0]), readOutcomes(args[1]));
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return report.agreed === report.cases ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
