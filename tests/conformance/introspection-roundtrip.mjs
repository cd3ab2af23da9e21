#!/usr/bin/env node
// Checks an engine's introspection against the SDL it was built from:
// printSchema(buildClientSchema(introspection)) must equal printSchema(buildSchema(sdl)).
//
//   node introspection-roundtrip.mjs SDL INTROSPECTION.json
//       prints "equal" (exit 0), or "different" with a line diff (exit 1); the result may be
//       the whole response ({"data": {"__schema": ...}}) or just {"__schema": ...}
//   node introspection-roundtrip.mjs --reference SDL
//       prints graphql-js's own response to introspection-query.graphql for the SDL
//   node introspection-roundtrip.mjs --print SDL
//       prints graphql-js's printSchema(buildSchema(sdl)): what the engine's schema printer must write
//   node introspection-roundtrip.mjs --query
//       prints introspection-query.graphql: the query the engine must answer for the check
//
// SDL is a path or one of the names: validation, execution, github, bench.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  graphqlSync,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

import { conformanceDir, schemasDir } from './lib/cases.mjs';

export const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

export const introspectionQuery = getIntrospectionQuery(introspectionOptions);

const repositoryRoot = resolve(conformanceDir, '..', '..');
export const namedSchemas = {
  validation: join(schemasDir, 'validation.graphql'),
  execution: join(schemasDir, 'execution.graphql'),
  github: join(conformanceDir, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql'),
  bench: resolve(repositoryRoot, '..', 'shared', 'bench', 'engine', 'schema.graphql'),
};

export function sdlPath(nameOrPath) {
  return namedSchemas[nameOrPath] ?? resolve(nameOrPath);
}

export function referenceIntrospection(sdl) {
  return graphqlSync({ schema: buildSchema(sdl), source: introspectionQuery });
}

/**
 * A line diff: the common head and tail are cut off, and the middle is compared by longest
 * common subsequence (or, when it is too large for that, listed whole on both sides).
 */
export function lineDiff(expectedText, actualText) {
  const a = expectedText.split('\n');
  const b = actualText.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const out = [];
  if (midA.length * midB.length > 4_000_000) {
    midA.forEach((line, k) => out.push(`-${head + k + 1}: ${line}`));
    midB.forEach((line, k) => out.push(`+${head + k + 1}: ${line}`));
    return out;
  }
  const lcs = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      i++;
      j++;
    } else if (j < midB.length && (i === midA.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push(`+${head + j + 1}: ${midB[j++]}`);
    } else {
      out.push(`-${head + i + 1}: ${midA[i++]}`);
    }
  }
  return out;
}

/** Compares; returns { equal, equalIgnoringOrder, diff } with the SDL side as "-". */
export function compare(sdl, introspection) {
  const result = introspection?.data?.__schema ? introspection.data : introspection;
  if (!result?.__schema) throw new Error('the introspection JSON has no __schema (expected {"data": {"__schema": ...}} or {"__schema": ...})');
  const fromSdl = buildSchema(sdl);
  const fromIntrospection = buildClientSchema(result);
  const expected = printSchema(fromSdl);
  const actual = printSchema(fromIntrospection);
  if (expected === actual) return { equal: true, equalIgnoringOrder: true, diff: [] };
  const sortedEqual = printSchema(lexicographicSortSchema(fromSdl)) === printSchema(lexicographicSortSchema(fromIntrospection));
  return { equal: false, equalIgnoringOrder: sortedEqual, diff: lineDiff(expected, actual) };
}

function main(args) {
  if (args[0] === '--query') {
    process.stdout.write(introspectionQuery + '\n');
    return 0;
  }
  if (args[0] === '--reference' && args.length === 2) {
    process.stdout.write(JSON.stringify(referenceIntrospection(readFileSync(sdlPath(args[1]), 'utf8'))) + '\n');
    return 0;
  }
  if (args[0] === '--print' && args.length === 2) {
    process.stdout.write(printSchema(buildSchema(readFileSync(sdlPath(args[1]), 'utf8'))) + '\n');
    return 0;
  }
  if (args.length !== 2) {
    console.error('usage: node introspection-roundtrip.mjs SDL INTROSPECTION.json | --reference SDL | --print SDL | --query');
    return 2;
  }
  const sdl = readFileSync(sdlPath(args[0]), 'utf8');
  const introspection = JSON.parse(readFileSync(resolve(args[1]), 'utf8'));
  const { equal, equalIgnoringOrder, diff } = compare(sdl, introspection);
  if (equal) {
    console.log('equal');
    return 0;
  }
  console.log(equalIgnoringOrder ? 'different (equal when types and fields are sorted)' : 'different');
  console.log('--- printSchema(buildSchema(sdl))');
  console.log('+++ printSchema(buildClientSchema(introspection))');
  for (const line of diff) console.log(line);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
