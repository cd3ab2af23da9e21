#!/usr/bin/env node
// The reference side of the differential harness: graphql-js's outcome for every case.
//
//   node reference.mjs                      outcomes of every file under cases/, to stdout
//   node reference.mjs FILE...              outcomes of the given case files (or folders)
//   node reference.mjs - < cases.json       outcomes of the cases read from stdin
//   node reference.mjs --write              writes expected/<file> beside each case file
//   node reference.mjs --check              exits 1 when an expected/ file is out of date
//
// Output: a JSON array, one outcome per line (see README.md for the shapes).
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import {
  casesDir,
  casesOf,
  expectedDir,
  formatOutcomes,
  listCaseFiles,
  readCaseFile,
  runCase,
} from './lib/cases.mjs';

function expectedFor(file) {
  return formatOutcomes(readCaseFile(join(casesDir, file)).map(runCase));
}

function main(args) {
  if (args[0] === '--write' || args[0] === '--check') {
    const write = args[0] === '--write';
    let stale = 0;
    for (const file of listCaseFiles()) {
      const target = join(expectedDir, file);
      const text = expectedFor(file);
      const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
      if (current === text) continue;
      if (write) {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
        console.error(`wrote expected/${file}`);
      } else {
        console.error(`expected/${file} is out of date: run node reference.mjs --write`);
        stale++;
      }
    }
    return stale === 0 ? 0 : 1;
  }

  let cases;
  if (args.length === 1 && args[0] === '-') {
    cases = casesOf(JSON.parse(readFileSync(0, 'utf8')), 'stdin');
  } else {
    const files = [];
    if (args.length === 0) {
      files.push(...listCaseFiles().map((f) => join(casesDir, f)));
    }
    for (const arg of args) {
      const path = resolve(arg);
      if (statSync(path).isDirectory()) files.push(...listCaseFiles(path).map((f) => join(path, f)));
      else files.push(path);
    }
    cases = files.flatMap((f) => readCaseFile(f));
  }
  const seen = new Set();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`duplicate case id ${JSON.stringify(c.id)}`);
    seen.add(c.id);
  }
  process.stdout.write(formatOutcomes(cases.map(runCase)));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
