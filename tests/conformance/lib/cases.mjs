// Reading case files and running one case through graphql-js, the reference.
// The conventions implemented here are written down in README.md ("Case format" and
// "Data-driven resolvers"); the C# harness implements the same ones.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  buildSchema,
  graphqlSync,
  parse,
  print,
  specifiedRules,
  validate,
} from 'graphql';

export const conformanceDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const casesDir = join(conformanceDir, 'cases');
export const schemasDir = join(conformanceDir, 'schemas');
export const expectedDir = join(conformanceDir, 'expected');

const modes = new Set(['parse', 'validate', 'execute']);

/** All case files under cases/, as paths relative to cases/, sorted so every run sees them in one order. */
export function listCaseFiles(dir = casesDir) {
  const files = [];
  const walk = (current) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files;
}

/** A case file is `{ "description": "...", "cases": [ ... ] }`; a bare array of cases is accepted too. */
export function casesOf(json, origin) {
  const cases = Array.isArray(json) ? json : json.cases;
  if (!Array.isArray(cases)) throw new Error(`${origin}: expected an array of cases or { "cases": [...] }`);
  for (const c of cases) checkCase(c, origin);
  return cases;
}

export function readCaseFile(path) {
  return casesOf(JSON.parse(readFileSync(path, 'utf8')), path);
}

function checkCase(c, origin) {
  const where = `${origin}: case ${JSON.stringify(c?.id)}`;
  if (typeof c?.id !== 'string' || c.id === '') throw new Error(`${where}: "id" must be a non-empty string`);
  if (!modes.has(c.mode)) throw new Error(`${where}: "mode" must be parse, validate or execute`);
  if (typeof c.document !== 'string' && !(Array.isArray(c.document) && c.document.every((l) => typeof l === 'string'))) {
    throw new Error(`${where}: "document" must be a string or an array of lines`);
  }
  if (c.mode !== 'parse' && typeof c.schema !== 'string') throw new Error(`${where}: "schema" names a file in schemas/`);
  if (c.mode !== 'execute' && ('variables' in c || 'root' in c || 'operationName' in c)) {
    throw new Error(`${where}: "variables", "operationName" and "root" belong to execute cases`);
  }
}

/** The document's text: a string as it is, or an array of lines joined with "\n". */
export function documentText(c) {
  return Array.isArray(c.document) ? c.document.join('\n') : c.document;
}

const schemaCache = new Map();

export function loadSchema(name) {
  let schema = schemaCache.get(name);
  if (schema === undefined) {
    schema = buildSchema(readFileSync(join(schemasDir, name), 'utf8'));
    schemaCache.set(name, schema);
  }
  return schema;
}

/**
 * The case data as the resolvers see it: every object that has a "$error" property
 * becomes an Error with that message, wherever it stands (a field's value or a list item).
 */
export function withErrors(value) {
  if (Array.isArray(value)) return value.map(withErrors);
  if (value !== null && typeof value === 'object') {
    if (Object.hasOwn(value, '$error')) return new Error(String(value.$error));
    const copy = {};
    for (const [key, item] of Object.entries(value)) copy[key] = withErrors(item);
    return copy;
  }
  return value;
}

/**
 * The one resolver of every field. "echo*" fields answer with their coerced arguments as
 * compact JSON (graphql-js hands them over in the order of the schema's definitions);
 * every other field reads the parent's own property of the same name, null when absent.
 * An Error value (from "$error") is raised by graphql-js at that field or list item.
 */
export function dataFieldResolver(source, args, _context, info) {
  if (info.fieldName.startsWith('echo')) return JSON.stringify(args);
  if (source !== null && typeof source === 'object' && Object.hasOwn(source, info.fieldName)) {
    return source[info.fieldName];
  }
  return undefined;
}

function errorsJson(errors) {
  return errors.map((e) => e.toJSON());
}

/** The reference outcome of one case, in the JSON shape the C# harness writes too. */
export function runCase(c) {
  const source = documentText(c);
  if (c.mode === 'parse') {
    try {
      return { id: c.id, printed: print(parse(source)) };
    } catch (e) {
      if (e?.name !== 'GraphQLError') throw e;
      return { id: c.id, errors: errorsJson([e]) };
    }
  }
  const schema = loadSchema(c.schema);
  if (c.mode === 'validate') {
    let document;
    try {
      document = parse(source);
    } catch (e) {
      if (e?.name !== 'GraphQLError') throw e;
      return { id: c.id, errors: errorsJson([e]) };
    }
    return { id: c.id, errors: errorsJson(validate(schema, document, specifiedRules)) };
  }
  const result = graphqlSync({
    schema,
    source,
    rootValue: withErrors(c.root ?? {}),
    variableValues: c.variables,
    operationName: c.operationName,
    fieldResolver: dataFieldResolver,
  });
  return { id: c.id, response: JSON.parse(JSON.stringify(result)) };
}

/** One outcome per line inside a JSON array: valid JSON that diffs line by line. */
export function formatOutcomes(outcomes) {
  if (outcomes.length === 0) return '[]\n';
  return '[\n' + outcomes.map((o) => JSON.stringify(o)).join(',\n') + '\n]\n';
}
