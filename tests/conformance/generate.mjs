#!/usr/bin/env node
// Generates cases/generated.json: documents against schemas/validation.graphql, built with
// a fixed-seed PRNG. Valid documents are built from the schema (and kept only when
// graphql-js finds no error); invalid ones are a valid document with one mutation applied
// (and kept only when graphql-js then reports an error). The same seed gives the same file.
//
//   node generate.mjs           writes cases/generated.json
//   node generate.mjs --check   exits 1 when cases/generated.json differs from a fresh run
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  isUnionType,
  parse,
  validate,
} from 'graphql';

import { casesDir, loadSchema } from './lib/cases.mjs';

const SEED = 0x5eed2024;
const VALID_COUNT = 150;
const INVALID_PER_MUTATION = 10;
const SCHEMA_FILE = 'validation.graphql';
const OUTPUT = join(casesDir, 'generated.json');

/** xorshift32: small, fast and the same in every engine. */
function createRandom(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    return state / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const schema = loadSchema(SCHEMA_FILE);
const words = ['rex', 'fido', 'tom', 'luna', 'north', 'shelter', 'ann', 'max', 'bella', 'spot'];

// ---- a small document tree of our own, rendered to text ----------------------------------
// operation: { kind: 'operation', operation, name, variables: [{ name, type, defaultValue }], directives, selections }
// fragment:  { kind: 'fragment', name, typeCondition, directives, selections }
// field:     { kind: 'field', alias, name, args: [{ name, value }], directives, selections }
// inline:    { kind: 'inline', typeCondition, directives, selections }
// spread:    { kind: 'spread', name, directives }
// A value is a string of GraphQL literal text.

function renderDirectives(directives) {
  return directives.map((d) => ' @' + d.name + renderArgs(d.args)).join('');
}

function renderArgs(args) {
  return args.length === 0 ? '' : '(' + args.map((a) => `${a.name}: ${a.value}`).join(', ') + ')';
}

function renderSelections(selections, indent, compact) {
  const pad = compact ? '' : '  '.repeat(indent + 1);
  const sep = compact ? ' ' : '\n';
  const lines = selections.map((s) => {
    if (s.kind === 'field') {
      const head = (s.alias ? s.alias + ': ' : '') + s.name + renderArgs(s.args) + renderDirectives(s.directives);
      return pad + head + (s.selections ? ' ' + renderSelections(s.selections, indent + 1, compact) : '');
    }
    if (s.kind === 'spread') return pad + '...' + s.name + renderDirectives(s.directives);
    const cond = s.typeCondition ? ' on ' + s.typeCondition : '';
    return pad + '...' + cond + renderDirectives(s.directives) + ' ' + renderSelections(s.selections, indent + 1, compact);
  });
  return '{' + sep + lines.join(sep) + sep + (compact ? '' : '  '.repeat(indent)) + '}';
}

function renderDocument(definitions, compact) {
  return definitions
    .map((d) => {
      if (d.kind === 'fragment') {
        return `fragment ${d.name} on ${d.typeCondition}${renderDirectives(d.directives)} ${renderSelections(d.selections, 0, compact)}`;
      }
      const vars = d.variables.length
        ? '(' + d.variables.map((v) => `$${v.name}: ${v.type}` + (v.defaultValue !== undefined ? ` = ${v.defaultValue}` : '')).join(', ') + ')'
        : '';
      const head = d.name || vars || d.directives.length || d.operation !== 'query'
        ? `${d.operation}${d.name ? ' ' + d.name : ''}${vars}${renderDirectives(d.directives)} `
        : '';
      return head + renderSelections(d.selections, 0, compact);
    })
    .join(compact ? ' ' : '\n\n');
}

// ---- valid documents ----------------------------------------------------------------------

function literalFor(random, type, depth = 0) {
  if (isNonNullType(type)) return literalFor(random, type.ofType, depth);
  if (isListType(type)) {
    if (random.chance(0.25)) return literalFor(random, type.ofType, depth + 1);
    const items = Array.from({ length: random.int(3) }, () => literalFor(random, type.ofType, depth + 1));
    return '[' + items.join(', ') + ']';
  }
  if (isEnumType(type)) return random.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const field = random.pick(fields.filter((f) => depth < 2 || isLeafType(getNamedType(f.type))));
      return `{${field.name}: ${literalFor(random, getNullableType(field.type), depth + 1)}}`;
    }
    const chosen = fields.filter((f) => isRequiredInputField(f) || (depth < 2 && random.chance(0.4)));
    return '{' + chosen.map((f) => `${f.name}: ${literalFor(random, f.type, depth + 1)}`).join(', ') + '}';
  }
  switch (type.name) {
    case 'Int':
      return String(random.int(2000) - 1000);
    case 'Float':
      return `${random.int(100)}.${random.int(100)}`;
    case 'Boolean':
      return random.chance(0.5) ? 'true' : 'false';
    case 'ID':
      return random.chance(0.5) ? String(random.int(1000)) : `"id${random.int(1000)}"`;
    default:
      return `"${random.pick(words)}"`;
  }
}

function typeText(type) {
  return String(type);
}

class Builder {
  constructor(random) {
    this.random = random;
    this.fragments = [];
    this.fragmentCount = 0;
    this.variables = [];
  }

  argumentsFor(field) {
    const args = [];
    for (const arg of field.args) {
      if (arg.deprecationReason != null) continue;
      if (!isRequiredArgument(arg) && !this.random.chance(0.3)) continue;
      let value;
      if (this.random.chance(0.3)) {
        const name = `${arg.name}${this.variables.length}`;
        const variable = { name, type: typeText(arg.type) };
        if (!isNonNullType(arg.type) && this.random.chance(0.3)) variable.defaultValue = literalFor(this.random, arg.type);
        this.variables.push(variable);
        value = '$' + name;
      } else {
        value = literalFor(this.random, arg.type);
      }
      args.push({ name: arg.name, value });
    }
    return args;
  }

  directives() {
    const r = this.random;
    if (r.chance(0.85)) return [];
    return [
      r.pick([
        { name: 'skip', args: [{ name: 'if', value: r.chance(0.5) ? 'false' : 'true' }] },
        { name: 'include', args: [{ name: 'if', value: 'true' }] },
        { name: 'tag', args: [{ name: 'name', value: `"${r.pick(words)}"` }] },
      ]),
    ];
  }

  selections(type, depth) {
    const r = this.random;
    const selections = [];
    const used = new Set();
    if (!isUnionType(type)) {
      const fields = Object.values(type.getFields());
      const count = 1 + r.int(3);
      for (let i = 0; i < count && fields.length; i++) {
        const field = r.pick(fields);
        const named = getNamedType(field.type);
        if (!isLeafType(named) && depth >= 3) continue;
        let responseName = field.name;
        let alias;
        if (used.has(responseName) || r.chance(0.15)) {
          alias = `${field.name}${i}`;
          responseName = alias;
        }
        if (used.has(responseName)) continue;
        used.add(responseName);
        selections.push({
          kind: 'field',
          alias,
          name: field.name,
          args: this.argumentsFor(field),
          directives: this.directives(),
          selections: isLeafType(named) ? undefined : this.selections(named, depth + 1),
        });
      }
    }
    if (isAbstractType(type) && depth < 4) {
      for (const possible of schema.getPossibleTypes(type)) {
        if (r.chance(0.5)) {
          selections.push({ kind: 'inline', typeCondition: possible.name, directives: this.directives(), selections: this.selections(possible, depth + 1) });
        }
      }
    }
    if (depth < 3 && r.chance(0.2)) {
      const name = `Fragment${++this.fragmentCount}`;
      this.fragments.push({ kind: 'fragment', name, typeCondition: type.name, directives: [], selections: this.selections(type, depth + 1) });
      selections.push({ kind: 'spread', name, directives: this.directives() });
    }
    if (selections.length === 0) selections.push({ kind: 'field', name: '__typename', args: [], directives: [] });
    return selections;
  }

  operation(operation, name) {
    const root = schema.getRootType(operation);
    this.variables = [];
    let selections;
    if (operation === 'subscription') {
      const field = this.random.pick(Object.values(root.getFields()));
      const named = getNamedType(field.type);
      selections = [{ kind: 'field', name: field.name, args: this.argumentsFor(field), directives: [], selections: isLeafType(named) ? undefined : this.selections(named, 1) }];
    } else {
      selections = this.selections(root, 0);
    }
    return { kind: 'operation', operation, name, variables: this.variables, directives: [], selections };
  }
}

function buildValidDocument(random, index) {
  const builder = new Builder(random);
  const roll = random.next();
  const operation = roll < 0.75 ? 'query' : roll < 0.9 ? 'mutation' : 'subscription';
  const named = operation !== 'query' || random.chance(0.6);
  const definitions = [builder.operation(operation, named ? `Op${index}` : undefined)];
  if (named && random.chance(0.15)) definitions.push(builder.operation('query', `Other${index}`));
  return [...definitions, ...builder.fragments];
}

// ---- mutations that make a valid document invalid -----------------------------------------

function* walkSelections(selections, parentType, path = []) {
  for (const s of selections) {
    if (s.kind === 'field') {
      const def = parentType && 'getFields' in parentType ? parentType.getFields()[s.name] : undefined;
      yield { node: s, parentType, def, siblings: selections };
      if (s.selections) yield* walkSelections(s.selections, def ? getNamedType(def.type) : undefined, path);
    } else if (s.kind === 'inline') {
      yield { node: s, parentType, siblings: selections };
      yield* walkSelections(s.selections, s.typeCondition ? schema.getType(s.typeCondition) : parentType, path);
    } else {
      yield { node: s, parentType, siblings: selections };
    }
  }
}

function allNodes(definitions) {
  const nodes = [];
  for (const d of definitions) {
    const type = d.kind === 'fragment' ? schema.getType(d.typeCondition) : schema.getRootType(d.operation);
    nodes.push(...walkSelections(d.selections, type));
  }
  return nodes;
}

const fields = (definitions) => allNodes(definitions).filter((n) => n.node.kind === 'field' && n.def);
const operations = (definitions) => definitions.filter((d) => d.kind === 'operation');

const nonOverlapping = { Dog: 'Human', Cat: 'Alien', Human: 'Dog', Alien: 'Cat', Pet: 'Human', Sentient: 'Dog', Canine: 'Cat', CatOrDog: 'Human', HumanOrAlien: 'Dog', DogOrHuman: 'Alien', Query: 'Dog', Mutation: 'Dog', Subscription: 'Dog', Address: 'Dog', Adoption: 'Dog', Treat: 'Dog' };

function wrongLiteral(random, type) {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) return random.pick(['{a: 1}', '[{b: 2}]']);
  if (isInputObjectType(named)) return random.pick(['42', '"text"', '{unknownField: 1}']);
  if (isEnumType(named)) return random.pick(['"SIT"', 'NOT_A_VALUE', '7']);
  switch (named.name) {
    case 'Int':
      return random.pick(['"seven"', '7.5', '99999999999', 'true']);
    case 'Float':
      return random.pick(['"1.5"', 'false', 'ENUM']);
    case 'Boolean':
      return random.pick(['"true"', '1', 'YES']);
    case 'ID':
      return random.pick(['1.5', 'true', '[1]']);
    default:
      return random.pick(['12', 'true', 'SOME_ENUM', '3.14']);
  }
}

const mutations = {
  'unknown-field': (r, defs) => {
    const f = r.pick(fields(defs));
    if (!f) return false;
    f.node.name = f.node.name + r.pick(['z', 'Name', 's']);
    return true;
  },
  'field-of-another-type': (r, defs) => {
    const candidates = fields(defs).filter((f) => isObjectType(f.parentType) && !f.parentType.getFields().meowVolume);
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    Object.assign(f.node, { name: r.pick(['meowVolume', 'homePlanet', 'calories']), args: [], selections: undefined });
    return true;
  },
  'missing-required-argument': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.node.args.some((a) => f.def.args.find((d) => d.name === a.name && isRequiredArgument(d))));
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    f.node.args = f.node.args.filter((a) => !isRequiredArgument(f.def.args.find((d) => d.name === a.name)));
    return true;
  },
  'unknown-argument': (r, defs) => {
    const f = r.pick(fields(defs));
    if (!f) return false;
    f.node.args.push({ name: r.pick(['limit', 'orderBy', 'surnam', 'filter']), value: literalFor(r, schema.getType('Int')) });
    return true;
  },
  'wrong-argument-type': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.node.args.some((a) => !a.value.startsWith('$')));
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    const arg = r.pick(f.node.args.filter((a) => !a.value.startsWith('$')));
    arg.value = wrongLiteral(r, f.def.args.find((d) => d.name === arg.name).type);
    return true;
  },
  'null-for-non-null-argument': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.node.args.some((a) => isNonNullType(f.def.args.find((d) => d.name === a.name).type)));
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    r.pick(f.node.args.filter((a) => isNonNullType(f.def.args.find((d) => d.name === a.name).type))).value = 'null';
    return true;
  },
  'undefined-variable': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.node.args.length);
    if (!candidates.length) return false;
    r.pick(r.pick(candidates).node.args).value = '$' + r.pick(['missing', 'notDeclared', 'ghost']);
    return true;
  },
  'unused-variable': (r, defs) => {
    r.pick(operations(defs)).variables.push({ name: r.pick(['unused', 'extra', 'spare']), type: r.pick(['Int', 'String!', '[ID]', 'FindDogInput']) });
    return true;
  },
  'variable-in-wrong-position': (r, defs) => {
    const variables = operations(defs).flatMap((o) => o.variables);
    if (!variables.length) return false;
    const v = r.pick(variables);
    delete v.defaultValue;
    if (v.type.endsWith('!') && r.chance(0.5)) v.type = v.type.slice(0, -1);
    else v.type = v.type.replace(/[A-Za-z]+/, (n) => (n === 'String' ? 'Int' : 'String'));
    return true;
  },
  'duplicate-operation-name': (r, defs) => {
    const named = operations(defs).filter((o) => o.name);
    if (!named.length) return false;
    const copy = structuredClone(r.pick(named));
    defs.push(copy);
    return true;
  },
  'second-anonymous-operation': (r, defs) => {
    defs.push({ kind: 'operation', operation: 'query', variables: [], directives: [], selections: [{ kind: 'field', name: 'dog', args: [], directives: [], selections: [{ kind: 'field', name: 'name', args: [], directives: [] }] }] });
    return true;
  },
  'duplicate-fragment-name': (r, defs) => {
    const frags = defs.filter((d) => d.kind === 'fragment');
    if (!frags.length) return false;
    defs.push(structuredClone(r.pick(frags)));
    return true;
  },
  'conflicting-aliases': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.parentType && isObjectType(f.parentType));
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    const leafNames = Object.values(f.parentType.getFields()).filter((d) => isLeafType(getNamedType(d.type)) && !d.args.some(isRequiredArgument));
    if (leafNames.length < 2) return false;
    const [a, b] = [leafNames[0], leafNames[1]];
    f.siblings.push({ kind: 'field', alias: 'same', name: a.name, args: [], directives: [] }, { kind: 'field', alias: 'same', name: b.name, args: [], directives: [] });
    return true;
  },
  'conflicting-arguments': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.def.args.some((a) => getNamedType(a.type).name === 'Int' || getNamedType(a.type).name === 'Boolean') && !f.node.alias);
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    const arg = f.def.args.find((a) => getNamedType(a.type).name === 'Int' || getNamedType(a.type).name === 'Boolean');
    const copy = structuredClone(f.node);
    const value = getNamedType(arg.type).name === 'Int' ? ['1', '2'] : ['true', 'false'];
    f.node.args = f.node.args.filter((a) => a.name !== arg.name).concat({ name: arg.name, value: value[0] });
    copy.args = copy.args.filter((a) => a.name !== arg.name).concat({ name: arg.name, value: value[1] });
    f.siblings.push(copy);
    return true;
  },
  'impossible-fragment-spread': (r, defs) => {
    const candidates = allNodes(defs).filter((n) => n.node.kind === 'field' && n.node.selections && n.def && nonOverlapping[getNamedType(n.def.type).name]);
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    const other = nonOverlapping[getNamedType(f.def.type).name];
    f.node.selections.push({ kind: 'inline', typeCondition: other, directives: [], selections: [{ kind: 'field', name: '__typename', args: [], directives: [] }] });
    return true;
  },
  'selection-on-leaf-field': (r, defs) => {
    const candidates = fields(defs).filter((f) => !f.node.selections);
    if (!candidates.length) return false;
    r.pick(candidates).node.selections = [{ kind: 'field', name: r.pick(['length', 'value', 'id']), args: [], directives: [] }];
    return true;
  },
  'missing-selection-on-object-field': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.node.selections);
    if (!candidates.length) return false;
    r.pick(candidates).node.selections = undefined;
    return true;
  },
  'unknown-directive': (r, defs) => {
    const n = r.pick(allNodes(defs));
    if (!n) return false;
    n.node.directives.push({ name: r.pick(['cached', 'defer', 'stream', 'live']), args: [] });
    return true;
  },
  'misplaced-directive': (r, defs) => {
    const n = r.pick(fields(defs));
    if (!n) return false;
    n.node.directives.push({ name: r.pick(['onQuery', 'onFragmentSpread', 'onVariableDefinition', 'deprecated']), args: [] });
    return true;
  },
  'duplicate-directive': (r, defs) => {
    const n = r.pick(fields(defs));
    if (!n) return false;
    const d = { name: r.pick(['skip', 'include']), args: [{ name: 'if', value: 'true' }] };
    n.node.directives.push(d, structuredClone(d));
    return true;
  },
  'duplicate-argument': (r, defs) => {
    const candidates = fields(defs).filter((f) => f.node.args.length);
    if (!candidates.length) return false;
    const f = r.pick(candidates);
    f.node.args.push(structuredClone(r.pick(f.node.args)));
    return true;
  },
  'fragment-cycle': (r, defs) => {
    const frags = defs.filter((d) => d.kind === 'fragment');
    if (!frags.length) return false;
    const frag = r.pick(frags);
    frag.selections.push({ kind: 'spread', name: frag.name, directives: [] });
    return true;
  },
  'unknown-fragment': (r, defs) => {
    const n = r.pick(fields(defs).filter((f) => f.node.selections));
    if (!n) return false;
    n.node.selections.push({ kind: 'spread', name: r.pick(['Missing', 'Unknown', 'NotDefined']), directives: [] });
    return true;
  },
  'unused-fragment': (r, defs) => {
    defs.push({ kind: 'fragment', name: 'Unused', typeCondition: r.pick(['Dog', 'Cat', 'Human', 'Pet']), directives: [], selections: [{ kind: 'field', name: 'name', args: [], directives: [] }] });
    return true;
  },
  'unknown-type': (r, defs) => {
    const n = r.pick(fields(defs).filter((f) => f.node.selections));
    if (!n) return false;
    n.node.selections.push({ kind: 'inline', typeCondition: r.pick(['Doggo', 'Kitten', 'Robot']), directives: [], selections: [{ kind: 'field', name: 'name', args: [], directives: [] }] });
    return true;
  },
  'fragment-on-leaf-type': (r, defs) => {
    const n = r.pick(fields(defs).filter((f) => f.node.selections));
    if (!n) return false;
    n.node.selections.push({ kind: 'inline', typeCondition: r.pick(['String', 'DogCommand', 'FindDogInput']), directives: [], selections: [{ kind: 'field', name: 'name', args: [], directives: [] }] });
    return true;
  },
  'output-type-variable': (r, defs) => {
    r.pick(operations(defs)).variables.push({ name: 'output', type: r.pick(['Dog', '[Pet]', 'CatOrDog!']) });
    return true;
  },
  'duplicate-variable': (r, defs) => {
    const ops = operations(defs).filter((o) => o.variables.length);
    if (!ops.length) return false;
    const op = r.pick(ops);
    op.variables.push(structuredClone(r.pick(op.variables)));
    return true;
  },
  'duplicate-input-field': (r, defs) => {
    const candidates = fields(defs).flatMap((f) => f.node.args).filter((a) => /^\{\w+: /.test(a.value));
    if (!candidates.length) return false;
    const arg = r.pick(candidates);
    const first = arg.value.slice(1, arg.value.indexOf(',') > 0 ? arg.value.indexOf(',') : -1);
    arg.value = '{' + first + ', ' + arg.value.slice(1);
    return true;
  },
  'second-subscription-field': (r, defs) => {
    defs.length = 0;
    const builder = new Builder(r);
    const op = builder.operation('subscription', 'Watch');
    op.selections.push({ kind: 'field', alias: 'again', name: 'dogBarked', args: [], directives: [], selections: [{ kind: 'field', name: 'name', args: [], directives: [] }] });
    defs.push(op, ...builder.fragments);
    return true;
  },
  'introspection-too-deep': (r, defs) => {
    const op = r.pick(operations(defs).filter((o) => o.operation === 'query'));
    if (!op) return false;
    const leaf = (name) => ({ kind: 'field', name, args: [], directives: [] });
    const nest = (depth) => {
      if (depth === 0) return [leaf('name')];
      const list = r.pick(['fields', 'interfaces', 'possibleTypes', 'inputFields']);
      // __Field and __InputValue reach the next __Type through "type"; the others are types.
      const inner = list === 'fields' || list === 'inputFields' ? [{ ...leaf('type'), selections: nest(depth - 1) }] : nest(depth - 1);
      return [{ ...leaf(list), selections: inner }];
    };
    op.selections.push({ ...leaf('__schema'), selections: [{ ...leaf('types'), selections: nest(3) }] });
    return true;
  },
};

function errorsOf(text) {
  return validate(schema, parse(text));
}

export function generateCases() {
  const random = createRandom(SEED);
  const cases = [];
  const valid = [];
  let index = 0;
  while (valid.length < VALID_COUNT) {
    index++;
    const definitions = buildValidDocument(random, index);
    const compact = random.chance(0.3);
    const text = renderDocument(definitions, compact);
    if (errorsOf(text).length !== 0) continue;
    valid.push(definitions);
    cases.push({ id: `generated/valid-${String(valid.length).padStart(3, '0')}`, mode: 'validate', schema: SCHEMA_FILE, document: compact ? text : text.split('\n') });
  }
  for (const [name, mutate] of Object.entries(mutations)) {
    let made = 0;
    for (let attempt = 0; made < INVALID_PER_MUTATION && attempt < INVALID_PER_MUTATION * 20; attempt++) {
      const definitions = structuredClone(random.pick(valid));
      if (!mutate(random, definitions)) continue;
      const compact = random.chance(0.3);
      const text = renderDocument(definitions, compact);
      let errors;
      try {
        errors = errorsOf(text);
      } catch {
        continue;
      }
      if (errors.length === 0) continue;
      made++;
      cases.push({ id: `generated/${name}-${String(made).padStart(2, '0')}`, mode: 'validate', schema: SCHEMA_FILE, document: compact ? text : text.split('\n') });
    }
  }
  return cases;
}

function fileText() {
  const cases = generateCases();
  return JSON.stringify({
    description: `Generated by generate.mjs (seed ${'0x' + SEED.toString(16)}): documents built from schemas/${SCHEMA_FILE}, valid ones and ones made invalid by a single mutation named in the id. Do not edit by hand; run node generate.mjs.`,
    cases,
  }, null, 2) + '\n';
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const text = fileText();
  if (process.argv[2] === '--check') {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error('cases/generated.json differs from a fresh run of generate.mjs');
      process.exitCode = 1;
    } else {
      console.log('cases/generated.json is up to date');
    }
  } else {
    writeFileSync(OUTPUT, text);
    const count = JSON.parse(text).cases.length;
    console.log(`wrote cases/generated.json (${count} cases)`);
  }
}

export { fileText };
