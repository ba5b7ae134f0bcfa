/**
 * Hostile and broken files, generated: wrong types, missing fields, huge strings, deep nesting, prototype
 * keys, markup payloads, truncation, other programs' JSON, oversize files. For every one: reading never
 * throws, a refusal names where the problem is, nothing is written unless the whole file is accepted, and
 * no prototype is polluted.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvelope, MAX_IMPORT_BYTES } from '../../../lib/exchange/envelope';
import { planWrites, readImport } from '../../../lib/exchange/import';
import { issuePath } from '../../../lib/catalogue/validate';
import type { ImportStore } from '../../../lib/store/imports';
import { APP, coworkingDraft, counts, existingOf, EXPORTED_AT, openImports, PAYLOADS, retentionAnnotation } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** A valid export with enough parts (two drafts, comments, evidence, two annotations) to break in many places. */
const BASE = JSON.parse(JSON.stringify(buildEnvelope(
  [coworkingDraft(), coworkingDraft({ id: 'draft-second', title: 'Second', comments: [] })],
  [retentionAnnotation(), retentionAnnotation({ id: 'ann-other', note: '' })],
  APP, EXPORTED_AT, 'backup',
))) as Json;

/** Every path into a JSON value, found without recursion. */
function pathsOf(root: Json): Path[] {
  const out: Path[] = [];
  const todo: { value: Json; path: Path }[] = [{ value: root, path: [] }];
  while (todo.length) {
    const { value, path } = todo.pop()!;
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => todo.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) todo.push({ value: v, path: [...path, k] });
  }
  return out;
}

const PATHS = pathsOf(BASE).filter((p) => p.length > 0);
const OBJECT_PATHS = [[] as Path, ...PATHS].filter((p) => {
  const v = valueAt(BASE, p);
  return v !== null && typeof v === 'object' && !Array.isArray(v);
});

/** The value at `path`, or undefined once an earlier mutation removed or replaced a part of the way. */
function valueAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/** Placeholder replaced, after serialising, by text JSON.stringify cannot make (deep nesting). */
const RAW = '\u0000raw\u0000';

type Mutation =
  | { kind: 'replace'; path: Path; value: Json | typeof RAW; raw?: string }
  | { kind: 'delete'; path: Path }
  | { kind: 'hostile-key'; path: Path; key: string; value: Json };

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.constant(-1), fc.constant(1e308),
  fc.string(), fc.constantFrom(...PAYLOADS), fc.constant(''),
  fc.nat(200_000).map((n) => 'x'.repeat(n)),
  fc.constant<Json>([]), fc.constant<Json>({}), fc.array(fc.constantFrom(...PAYLOADS), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...PATHS), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('hostile-key' as const),
      path: fc.constantFrom(...OBJECT_PATHS),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString'),
      value: fc.constantFrom<Json>({ polluted: true }, { prototype: { polluted: true } }, 'polluted', null),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...PATHS), value: fc.constant(RAW), raw: fc.integer({ min: 65, max: 50_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`) }),
  },
);

/** The file text after `mutations`; prototype keys are set as own properties, the way JSON.parse makes them. */
function mutated(mutations: Mutation[]): string {
  const root = structuredClone(BASE);
  let raw: string | undefined;
  for (const m of mutations) {
    if (m.kind === 'hostile-key') {
      const target = valueAt(root, m.path);
      if (target && typeof target === 'object') Object.defineProperty(target, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
      continue;
    }
    const parent = valueAt(root, m.path.slice(0, -1)) as Record<string | number, unknown> | undefined;
    const key = m.path.at(-1)!;
    if (!parent || typeof parent !== 'object') continue; // an earlier mutation removed this part
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else {
      // A copy: fast-check hands out the same constant object to several mutations, and one placed inside
      // another would make a cycle JSON cannot write.
      parent[key] = structuredClone(m.value);
      if (m.raw) raw = m.raw;
    }
  }
  const text = JSON.stringify(root);
  return raw ? text.replace(JSON.stringify(RAW), raw) : text;
}

interface HostileFile {
  text: string;
  /** Paths the mutations touched: a refusal should name one of them (or a part of one). */
  touched: string[];
}

const hostileFile: fc.Arbitrary<HostileFile> = fc.oneof(
  { weight: 10, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => ({ text: mutated(ms), touched: ms.map((m) => issuePath(m.path)) })) },
  // Cut off anywhere: a download that did not finish.
  { weight: 3, arbitrary: fc.nat().map((n) => { const t = JSON.stringify(BASE); return { text: t.slice(0, n % t.length), touched: [] }; }) },
  // Other JSON altogether, and text that is not JSON.
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ({ text: JSON.stringify(v) ?? 'null', touched: [] })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ text, touched: [] })) },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS).map((p) => ({ text: p, touched: [] })) },
  // A newer or unknown format version, or another format name.
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 2, max: 1e6 }), fc.constantFrom<Json>('1', 1.5, null, 0, -1, [1])).map((version) => ({ text: JSON.stringify({ ...(BASE as object), version }), touched: ['version'] })) },
  // Just over the size limit, with content that would otherwise be fine.
  { weight: 1, arbitrary: fc.nat(1000).map((n) => ({ text: JSON.stringify({ ...(BASE as object), pad: 'é'.repeat(MAX_IMPORT_BYTES / 2 + n) }), touched: [] })) },
);

/** `file: …` or a JSON path into the file, then the message. */
const PROBLEM = /^(file|[A-Za-z_]\w*(?:\[\d+\]|\.\w+)*): \S/;
const pathOf = (problem: string) => problem.slice(0, problem.indexOf(':'));

/**
 * A refusal points at a touched part: the path itself, something inside it, an object that holds it, or a
 * sibling (rules across fields, such as a position's end ≥ start, name the other field).
 */
function related(problemPath: string, touched: string): boolean {
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  const parent = touched.replace(/(\.\w+|\[\d+\])$/, '');
  return within(problemPath, touched) || within(touched, problemPath) || (parent !== touched && parent !== '' && within(problemPath, parent));
}

const stores: ImportStore[] = [];
afterAll(() => {
  for (const s of stores) s.close();
});

describe('importing hostile files', () => {
  it('never throws, names where each problem is, writes all or nothing, and pollutes no prototype', async () => {
    let handle = await openImports();
    stores.push(handle.store);
    let run = 0;
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostileFile, async ({ text, touched }) => {
        // A fresh profile now and then keeps the "what exists" reads small.
        if (++run % 100 === 0) {
          handle = await openImports();
          stores.push(handle.store);
        }
        const before = await counts(handle.name);
        let read: ReturnType<typeof readImport>;
        try {
          read = readImport(text, await existingOf(handle.store));
        } catch (error) {
          expect.fail(`readImport threw ${String(error)}`);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');

        if (!read.ok) {
          refused++;
          expect(read.problems.length).toBeGreaterThan(0);
          for (const problem of read.problems) expect(problem).toMatch(PROBLEM);
          const named = read.problems.map(pathOf).filter((p) => p !== 'file' && p !== 'format' && p !== 'version');
          // Mutations of a valid file can only break what they touched (duplicate ids aside, named by id).
          if (touched.length && named.length) {
            for (const p of named) expect(touched.some((t) => related(p, t)) || /\.id$/.test(p), `${p} not among ${touched.join(', ')}`).toBe(true);
          }
          expect(await counts(handle.name)).toEqual(before);
          return;
        }

        accepted++;
        const writes = planWrites(read.plan, { reviews: Object.fromEntries(read.plan.drafts.map((d) => [d.draft.id, 'merge'])) });
        const result = await handle.store.apply(writes);
        const after = await counts(handle.name);
        if (!result.ok) {
          expect(after).toEqual(before);
          return;
        }
        const added = writes.drafts.filter((w) => w.kind === 'add').length;
        expect(after.drafts).toBe(before.drafts! + added);
        expect(after.listing).toBe(before.listing! + added);
        expect(after.annotations).toBe(before.annotations! + writes.annotations.length);
        for (const d of writes.drafts) {
          expect(Object.getPrototypeOf(d.draft)).toBe(Object.prototype);
          expect(Object.hasOwn(d.draft, '__proto__')).toBe(false);
        }
      }),
      { numRuns: 1200 },
    );
    // The generator must exercise both sides, or the property says little.
    expect(refused).toBeGreaterThan(600);
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);
});
