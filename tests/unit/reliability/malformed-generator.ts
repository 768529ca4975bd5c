/**
 * Seeded, deterministic malformed payloads built from a valid one. Every payload
 * carries at least one *breaking* mutation that no schema in this app accepts
 * (a value of the wrong structural type, NaN/Infinity where a number goes, a
 * required field removed, or a non-object in place of the whole payload), often
 * with *noise* on top that a schema may legitimately accept or strip (extra
 * fields, `__proto__`/`constructor` keys, unicode garbage, null bytes, -0, huge
 * strings). The shared schemas use no `z.unknown`, `z.any`, unions with
 * primitives or coercion, so a wrong structural type is always a rejection.
 */
import { mulberry32 } from '../../../shared/programs/stability';

export type Random = () => number;
export interface Malformed<T = unknown> {
  label: string;
  value: T;
}
type Path = readonly (string | number)[];
type Node = { path: Path; value: unknown };

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const HUGE_STRING = 'x'.repeat(1_000_000);

export const UNICODE_GARBAGE = [
  '\uD800',
  '\uDFFF\uD800lone surrogates',
  '\u202Eevil\u202C right-to-left override',
  'zero\u200Bwidth\uFEFFspaces',
  'Z\u0337\u0322a\u0336l\u0334g\u0335o\u0338',
  'emoji 🩻🩺💉'.repeat(50),
  'null\u0000byte',
  '\u0000\u0001\u001F\u007F',
] as const;

/** Nested arrays or objects, built without recursion. */
export function deepNesting(depth: number, kind: 'array' | 'object' = 'array'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { nested: value };
  return value;
}

/** An object whose *own* keys are `__proto__`, `constructor` and `prototype`, as JSON.parse makes them. */
export function prototypeKeys(): Record<string, unknown> {
  return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}') as Record<
    string,
    unknown
  >;
}

/** Every node below the root, with its path. */
export function nodesOf(root: unknown): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [{ path: [], value: root }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.path.length > 0) nodes.push(node);
    if (Array.isArray(node.value)) node.value.forEach((item, index) => stack.push({ path: [...node.path, index], value: item }));
    else if (isRecord(node.value)) for (const [key, item] of Object.entries(node.value)) stack.push({ path: [...node.path, key], value: item });
  }
  return nodes;
}

/** A copy of `root` with the node at `path` replaced (or removed, for `remove`). */
export function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy: unknown = Array.isArray(root) ? [...(root as unknown[])] : { ...(root as Record<string, unknown>) };
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container = copy as Record<string | number, unknown>;
  if (rest.length === 0 && remove) delete container[head];
  else container[head] = setAt(container[head], rest, value, remove);
  return copy;
}

/** Values no schema accepts in place of `valid` (never null or undefined, which nullable or optional fields take). */
function wrongTypesFor(valid: unknown): Malformed[] {
  const objects: Malformed[] = [
    { label: 'an object', value: { unexpected: true } },
    { label: 'prototype keys', value: prototypeKeys() },
    { label: 'deep nesting', value: deepNesting(1_000, 'object') },
    { label: 'an array', value: [valid] },
  ];
  if (typeof valid === 'string') return [...objects, { label: 'NaN', value: Number.NaN }, { label: 'true', value: true }];
  if (typeof valid === 'number') {
    return [
      ...objects,
      { label: 'NaN', value: Number.NaN },
      { label: 'Infinity', value: Number.POSITIVE_INFINITY },
      { label: '-Infinity', value: Number.NEGATIVE_INFINITY },
      { label: 'a numeric string', value: `${valid}` },
    ];
  }
  if (typeof valid === 'boolean') return [...objects, { label: 'the text "true"', value: 'true' }, { label: '1', value: 1 }];
  if (Array.isArray(valid)) {
    return [
      { label: 'an object', value: { 0: valid[0], length: valid.length } },
      { label: 'a string', value: 'a, b' },
      { label: 'a number', value: 7 },
      { label: 'deep nesting', value: deepNesting(1_000, 'object') },
    ];
  }
  if (isRecord(valid)) {
    return [
      { label: 'the text [object Object]', value: '[object Object]' },
      { label: 'a number', value: -0 },
      { label: 'an array', value: [valid] },
      { label: 'deep nesting', value: deepNesting(1_000, 'array') },
    ];
  }
  // null (type unknown): structures and NaN are wrong for every nullable leaf here.
  return [objects[0]!, objects[1]!, objects[2]!, { label: 'NaN', value: Number.NaN }];
}

/** Whole-payload replacements, for a payload that must be an object or must be absent. */
export function wholePayloadReplacements(base: unknown): Malformed[] {
  const all: Malformed[] = [
    { label: 'null', value: null },
    { label: '42', value: 42 },
    { label: 'NaN', value: Number.NaN },
    { label: 'Infinity', value: Number.POSITIVE_INFINITY },
    { label: '-0', value: -0 },
    { label: 'a string', value: 'hello' },
    { label: 'a huge string', value: HUGE_STRING },
    { label: 'unicode garbage', value: UNICODE_GARBAGE[4] },
    { label: 'true', value: true },
    { label: 'an empty array', value: [] },
    { label: 'an array of the valid payload', value: [base] },
    { label: 'deep nesting', value: deepNesting(1_000) },
    { label: 'prototype keys only', value: prototypeKeys() },
  ];
  // `undefined` is only wrong where a payload is expected; `{}`-like values only where none is.
  return base === undefined ? [...all, { label: 'an empty object', value: {} }] : all;
}

/** Noise a schema may accept: it must never turn a rejected payload into a crash. */
function addNoise(random: Random, payload: unknown, avoid: Path, labels: string[]): unknown {
  // Noise stays off the broken node, so it cannot undo the breaking mutation (NaN back to -0).
  const clear = (node: Node) => !avoid.every((part, index) => node.path[index] === part);
  const nodes = nodesOf(payload).filter(clear);
  const objects = [{ path: [] as Path, value: payload }, ...nodes].filter((node) => isRecord(node.value));
  const strings = nodes.filter((node) => typeof node.value === 'string');
  const numbers = nodes.filter((node) => typeof node.value === 'number');
  const roll = random();
  if (roll < 0.3 && objects.length > 0) {
    const target = pick(random, objects);
    const extra = { ...(target.value as Record<string, unknown>), ...prototypeKeys(), ['extra\u0000field']: HUGE_STRING.slice(0, 5_000) };
    labels.push(`extra and prototype keys at ${target.path.join('.') || 'the root'}`);
    return setAt(payload, target.path, extra);
  }
  if (roll < 0.55 && strings.length > 0) {
    const target = pick(random, strings);
    labels.push(`unicode garbage at ${target.path.join('.')}`);
    return setAt(payload, target.path, pick(random, UNICODE_GARBAGE));
  }
  if (roll < 0.7 && strings.length > 0) {
    const target = pick(random, strings);
    labels.push(`a huge string at ${target.path.join('.')}`);
    return setAt(payload, target.path, HUGE_STRING);
  }
  if (roll < 0.8 && numbers.length > 0) {
    const target = pick(random, numbers);
    labels.push(`-0 at ${target.path.join('.')}`);
    return setAt(payload, target.path, -0);
  }
  return payload;
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Top-level keys whose absence the schema rejects; enables the "missing field" mutation. */
  requiredKeys?: readonly string[];
}

/** `count` malformed variants of `base`, the same for the same seed. */
export function malformedVariants(base: unknown, options: GenerateOptions): Malformed[] {
  const random = mulberry32(options.seed);
  const nodes = nodesOf(base);
  const required = options.requiredKeys ?? [];
  const whole = wholePayloadReplacements(base);
  const out: Malformed[] = [];
  for (let i = 0; i < options.count; i += 1) {
    const labels: string[] = [];
    let payload: unknown;
    let broken: Path;
    const roll = random();
    if (nodes.length === 0 || roll < 0.2) {
      const replacement = pick(random, whole);
      out.push({ label: `whole payload: ${replacement.label}`, value: replacement.value });
      continue;
    }
    if (roll < 0.35 && required.length > 0) {
      const key = pick(random, required);
      labels.push(`missing required field ${key}`);
      payload = setAt(base, [key], undefined, true);
      broken = [key];
    } else {
      const target = pick(random, nodes);
      const wrong = pick(random, wrongTypesFor(target.value));
      labels.push(`${wrong.label} at ${target.path.join('.')}`);
      payload = setAt(base, target.path, wrong.value);
      broken = target.path;
    }
    if (random() < 0.5) payload = addNoise(random, payload, broken, labels);
    out.push({ label: labels.join('; '), value: payload });
  }
  return out;
}

// ---------------------------------------------------------------- CSV

export interface CsvTable {
  headers: string[];
  row: string[];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tableToCsv({ headers, row }: CsvTable): string {
  return [headers, row].map((cells) => cells.map(csvCell).join(',')).join('\r\n');
}

/** A copy of the table with one cell changed, or one column (header and cell) removed. */
export function withCell(table: CsvTable, header: string, value: string | null): CsvTable {
  const index = table.headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  if (value === null) {
    return { headers: table.headers.filter((_, i) => i !== index), row: table.row.filter((_, i) => i !== index) };
  }
  return { headers: table.headers, row: table.row.map((cell, i) => (i === index ? value : cell)) };
}

/** Harmless-looking but odd edits: extra columns, unicode in free text, a BOM, LF line ends. */
export function csvNoise(random: Random, table: CsvTable, freeTextHeaders: readonly string[], labels: string[]): CsvTable {
  const roll = random();
  if (roll < 0.35) {
    labels.push('extra columns');
    return { headers: [...table.headers, '__proto__', 'constructor'], row: [...table.row, '{"polluted":1}', 'x'] };
  }
  if (roll < 0.7 && freeTextHeaders.length > 0) {
    const header = pick(random, freeTextHeaders);
    labels.push(`unicode garbage in ${header}`);
    return withCell(table, header, pick(random, UNICODE_GARBAGE.filter((text) => !text.includes('\u0000'))));
  }
  return table;
}

/** Damage to the file as a whole, each of which both importers must refuse. */
export function brokenCsvFiles(valid: string): Malformed<string>[] {
  return [
    { label: 'an empty file', value: '' },
    { label: 'only blank lines', value: '\r\n\r\n  \r\n' },
    { label: 'a header row and no data', value: valid.split('\r\n')[0]! },
    { label: 'an unclosed quote', value: `${valid}\r\n"never closed,2024-01-01` },
  ];
}
