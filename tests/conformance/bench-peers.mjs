#!/usr/bin/env node
// The peers of the engine benchmark: graphql-js 16.15 and graphql-jit 0.8.9 measured on the
// shared workload (../shared/bench/engine beside the repository), in this process, after
// warm-up. Prints one JSON object of figures on stdout (ms per operation, MB/s with
// MB = 1,000,000 bytes); progress and the response hash check go to stderr.
//
//   node bench-peers.mjs                 full run (about a minute)
//   node bench-peers.mjs --quick         a few samples only, for a smoke test
//   node bench-peers.mjs --workload DIR  another folder holding schema.graphql, query.graphql,
//                                        data.json and expected-response.sha256
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { buildSchema, execute, parse, specifiedRules, validate, version as graphqlVersion } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

import { conformanceDir } from './lib/cases.mjs';

const repositoryRoot = resolve(conformanceDir, '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const workloadArg = args.indexOf('--workload');
const workloadDir = workloadArg >= 0 ? resolve(args[workloadArg + 1]) : resolve(repositoryRoot, '..', 'shared', 'bench', 'engine');

export const executableDocumentPath = join(conformanceDir, 'bench', 'parse-executable.graphql');
const TARGET_EXECUTABLE_BYTES = 100_000;

/**
 * One block of an executable document that uses every executable construct; repeated with
 * numbered names until the document reaches about 100 KB.
 */
function kitchenSinkBlock(n) {
  return `# Block ${n}: operations, fragments and every kind of value.
query Agreements${n}($first: Int = 25, $after: String, $status: [AgreementStatus!] = [ACTIVE, DRAFT], $withNotes: Boolean! = true) @trace(label: "agreements-${n}") {
  list: agreements(first: $first, after: $after, where: {status: {in: $status}, value: {gte: 10.5, lt: 1e6}, title: {contains: "Data \\"processor\\" ${n}"}}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ...AgreementCard${n}
      notes @include(if: $withNotes) { id text author }
      ... on Agreement @skip(if: false) {
        parties { id name role address { street city postalCode country } }
      }
    }
  }
  single: agreement(id: "QWdyZWVtZW50OjQy") { id title }
}

mutation UpdateAgreement${n}($input: UpdateAgreementInput!) {
  updateAgreement(input: $input, options: {dryRun: false, reasons: ["audit", "yearly"], weight: -0.25, tags: null}) {
    agreement { id status value }
    errors { ... on NotFoundError { message } ... on ValidationError { message fields } }
  }
}

subscription AgreementChanged${n}($ids: [ID!]!) {
  agreementChanged(ids: $ids) { id title status }
}

fragment AgreementCard${n} on Agreement {
  id
  title
  status
  createdAt
  value
  lineItems(first: 5, orderBy: [{field: PRICE, direction: DESC}]) {
    id quantity price { amount currency }
    product { id sku name category { id name } }
  }
  description(format: """
    A block string with "quotes", a \\""" and
      indentation that the parser removes.
  """)
  label(locale: "da-DK", fallback: "Aftale ${n} \\u00e6\\u00f8\\u00e5 \u{1F4C4}")
  tags { name }
}

{
  __typename
  recent: agreements(first: ${n % 7}) { id }
}
`;
}

export function buildExecutableDocument() {
  let text = '';
  for (let n = 1; Buffer.byteLength(text) < TARGET_EXECUTABLE_BYTES; n++) text += kitchenSinkBlock(n) + '\n';
  return text;
}

/** Writes the document the first time; afterwards insists the committed bytes are the same. */
function executableDocument() {
  const text = buildExecutableDocument();
  if (!existsSync(executableDocumentPath)) {
    writeFileSync(executableDocumentPath, text);
  } else if (readFileSync(executableDocumentPath, 'utf8') !== text) {
    throw new Error(`${relative(repositoryRoot, executableDocumentPath)} differs from the document bench-peers.mjs builds`);
  }
  return readFileSync(executableDocumentPath, 'utf8');
}

/**
 * Runs fn in samples of a fixed number of iterations (chosen so one sample takes about
 * sampleMs) after a warm-up, and returns the median of the samples' ms per operation.
 */
function measure(name, fn) {
  const warmupMs = quick ? 200 : 1500;
  const sampleMs = quick ? 50 : 200;
  const samples = quick ? 3 : 15;
  let start = performance.now();
  let warm = 0;
  while (performance.now() - start < warmupMs || warm < 3) {
    fn();
    warm++;
  }
  const perOp = (performance.now() - start) / warm;
  const iterations = Math.max(1, Math.round(sampleMs / perOp));
  const results = [];
  for (let s = 0; s < samples; s++) {
    start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    results.push((performance.now() - start) / iterations);
  }
  results.sort((a, b) => a - b);
  const median = results[Math.floor(results.length / 2)];
  console.error(`${name}: ${median.toFixed(4)} ms/op (median of ${samples} samples of ${iterations} iterations; min ${results[0].toFixed(4)}, max ${results[results.length - 1].toFixed(4)})`);
  return { median, best: results[0] };
}

const packageVersion = (name) => JSON.parse(readFileSync(join(conformanceDir, 'node_modules', name, 'package.json'), 'utf8')).version;
const round = (x, digits = 4) => Number(x.toPrecision(digits));
const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1000);

function main() {
  const schemaText = readFileSync(join(workloadDir, 'schema.graphql'), 'utf8');
  const queryText = readFileSync(join(workloadDir, 'query.graphql'), 'utf8');
  const data = JSON.parse(readFileSync(join(workloadDir, 'data.json'), 'utf8'));
  const expectedHash = readFileSync(join(workloadDir, 'expected-response.sha256'), 'utf8').trim().split(/\s+/)[0];

  const schema = buildSchema(schemaText);
  // The root field returns the data list, cut to "limit" when given; every other field is
  // the default resolver's plain property read.
  schema.getQueryType().getFields().agreements.resolve = (_root, { limit }) => (limit == null ? data : data.slice(0, limit));

  const document1000 = parse(queryText);
  const limitedText = queryText.replace(/\bagreements\s*\{/, 'agreements(limit: 100) {');
  if (limitedText === queryText) throw new Error('query.graphql has no "agreements {" selection to limit');
  const document100 = parse(limitedText);

  // The response check: graphql-js's compact JSON must hash to the expected value.
  const response = JSON.stringify(execute({ schema, document: document1000 }));
  const hash = createHash('sha256').update(response).digest('hex');
  const hashMatches = hash === expectedHash;
  console.error(`response: ${Buffer.byteLength(response)} bytes, sha256 ${hash} ${hashMatches ? 'matches' : 'DOES NOT MATCH'} expected-response.sha256`);
  if (!hashMatches) {
    process.exitCode = 1;
    return;
  }

  const jit1000 = compileQuery(schema, document1000);
  const jit100 = compileQuery(schema, document100);
  if (!isCompiledQuery(jit1000) || !isCompiledQuery(jit100)) throw new Error('graphql-jit could not compile the query');
  const jitResponse = JSON.stringify(jit1000.query(undefined, undefined, {}));
  if (jitResponse !== response) throw new Error('graphql-jit\'s response differs from graphql-js\'s');
  const jitLimited = JSON.stringify(jit100.query(undefined, undefined, {}));
  if (jitLimited !== JSON.stringify(execute({ schema, document: document100 }))) throw new Error('graphql-jit\'s limited response differs');

  const executableText = executableDocument();
  const executableBytes = Buffer.byteLength(executableText);
  const githubSdlPath = join(conformanceDir, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
  const githubVersion = packageVersion('@octokit/graphql-schema');
  const githubSdl = readFileSync(githubSdlPath, 'utf8');
  const githubBytes = Buffer.byteLength(githubSdl);

  const loadBefore = loadavg()[0];
  // Parsing and validation first: the executions leave a large heap behind, whose
  // collections would otherwise land in the parse samples.
  const parseExecutable = measure('graphql-js parse executable document', () => parse(executableText));
  const parseGithub = measure('graphql-js parse GitHub SDL', () => parse(githubSdl));
  const validation = measure('graphql-js validate the query', () => validate(schema, document1000, specifiedRules));
  const js1000 = measure('graphql-js execute, 1000 agreements', () => execute({ schema, document: document1000 }));
  const jit1000Time = measure('graphql-jit execute, 1000 agreements', () => jit1000.query(undefined, undefined, {}));
  const js100 = measure('graphql-js execute, 100 agreements', () => execute({ schema, document: document100 }));
  const jit100Time = measure('graphql-jit execute, 100 agreements', () => jit100.query(undefined, undefined, {}));

  // "median" is the figure to compare; "best" (the fastest sample) is less disturbed by
  // other work on a shared machine.
  const jsFigures = (pick) => ({
    execute1000Ms: round(pick(js1000)),
    execute100Ms: round(pick(js100)),
    parseExecutableMs: round(pick(parseExecutable)),
    parseExecutableMBps: round(mbPerSecond(executableBytes, pick(parseExecutable))),
    parseGithubSdlMs: round(pick(parseGithub)),
    parseGithubSdlMBps: round(mbPerSecond(githubBytes, pick(parseGithub))),
    validateMs: round(pick(validation)),
  });
  const jitFigures = (pick) => ({ execute1000Ms: round(pick(jit1000Time)), execute100Ms: round(pick(jit100Time)) });
  const median = (m) => m.median;
  const best = (m) => m.best;
  const output = {
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverageBefore: round(loadBefore, 3),
      loadAverageAfter: round(loadavg()[0], 3),
    },
    workload: {
      responseBytes: Buffer.byteLength(response),
      responseSha256: hash,
      expectedSha256: expectedHash,
      hashMatches,
    },
    inputs: {
      executableDocument: relative(repositoryRoot, executableDocumentPath).split('\\').join('/'),
      executableDocumentBytes: executableBytes,
      githubSdl: `@octokit/graphql-schema@${githubVersion} schema.graphql`,
      githubSdlBytes: githubBytes,
    },
    graphqlJs: { version: graphqlVersion, ...jsFigures(median), best: jsFigures(best) },
    graphqlJit: { version: packageVersion('graphql-jit'), ...jitFigures(median), best: jitFigures(best) },
  };
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
