/**
 * Two windows editing one draft, in random interleavings: edits, new tactics and types, saves on pause or
 * on flush, news of the other window's saves arriving late or early, saves still in flight, a full disk.
 * Each window owns some fields; whatever happens, no edit may be lost and no save may be accepted over a
 * version it did not start from.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASE_IDS, contentOf, type DraftContent, type PhaseId } from '../../../lib/model/draft';
import { addTactic, addType, updateSegment, updateTactic } from '../../../lib/model/edit';
import { DraftStore } from '../../../lib/store/drafts';
import { storageError } from '../../../lib/store/errors';
import { DraftSession } from '../../../lib/store/session';
import { ManualTimers, coworkingContent, dump, expectOk, quotaError, settle, tickingClock, uniqueName } from './harness';

type Writer = 'A' | 'B';
const WRITERS: Writer[] = ['A', 'B'];
const SEGMENTS = ['offices', 'freelancers'] as const;
const NEW_TYPES = ['self-service', 'community', 'automated-service', 'co-creation'];

/** The two text fields each window owns: A the title and the offices' notes, B the summary and the freelancers' notes. */
const FIELDS: Record<Writer, [(c: DraftContent) => string, (c: DraftContent, text: string) => DraftContent][]> = {
  A: [
    [(c) => c.title, (c, title) => ({ ...c, title })],
    [(c) => notesOf(c, 'offices'), (c, notes) => updateSegment(c, 'offices', (s) => ({ ...s, notes }))],
  ],
  B: [
    [(c) => c.summary, (c, summary) => ({ ...c, summary })],
    [(c) => notesOf(c, 'freelancers'), (c, notes) => updateSegment(c, 'freelancers', (s) => ({ ...s, notes }))],
  ],
};

function notesOf(c: DraftContent, segmentId: string): string {
  return c.segments.find((s) => s.id === segmentId)?.notes ?? '(segment missing)';
}

type Op =
  | { kind: 'edit'; writer: Writer; field: 0 | 1; text: string }
  | { kind: 'addTactic'; writer: Writer; segment: 0 | 1; phase: PhaseId; text: string }
  | { kind: 'editTactic'; writer: Writer; pick: number; text: string }
  | { kind: 'addType'; segment: 0 | 1; typeId: string }
  | { kind: 'flush'; writer: Writer; wait: boolean }
  | { kind: 'deliver'; writer: Writer; wait: boolean }
  | { kind: 'advance'; writer: Writer; ms: number }
  | { kind: 'tick'; rounds: number }
  /** The window's next save fails as on a full disk. */
  | { kind: 'diskFull'; writer: Writer };

const writer = fc.constantFrom<Writer>('A', 'B');
const text = fc.string({ maxLength: 8 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), writer, field: fc.constantFrom<0 | 1>(0, 1), text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addTactic' as const), writer, segment: fc.constantFrom<0 | 1>(0, 1), phase: fc.constantFrom(...PHASE_IDS), text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('editTactic' as const), writer, pick: fc.nat(), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addType' as const), segment: fc.constantFrom<0 | 1>(0, 1), typeId: fc.constantFrom(...NEW_TYPES) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flush' as const), writer, wait: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), writer, wait: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('advance' as const), writer, ms: fc.constantFrom(100, 499, 500, 1000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), rounds: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('diskFull' as const), writer }) },
);

/** What `owner` is responsible for in a draft; a save by someone else must leave it exactly as it was. */
function owned(c: DraftContent, owner: Writer | 'nobody') {
  const tactics = c.segments.flatMap((s) =>
    PHASE_IDS.flatMap((phase) => s.grid[phase].map((t) => ({ segment: s.id, phase, ...t }))),
  );
  const mine = (id: string) => (owner === 'nobody' ? !/^[AB]-/.test(id) : id.startsWith(`${owner}-`));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const fields = owner === 'nobody' ? [] : FIELDS[owner].map(([get]) => get(c));
  const types = c.segments.flatMap((s) => s.types.map((t) => `${s.id}:${t.typeId}`)).sort();
  return {
    fields,
    tactics: tactics.filter((t) => mine(t.id)).sort(byId),
    // B adds types; the ones there from the start belong to nobody and stay among them.
    types: owner === 'B' ? types : [],
    rest: owner === 'nobody' ? { segments: c.segments.map((s) => [s.id, s.name]), summaryEdited: c.summaryEdited, source: c.source } : undefined,
  };
}

interface Window {
  store: DraftStore;
  session: DraftSession;
  timers: ManualTimers;
}

interface SaveRecord {
  writer: Writer;
  baseRev: number;
  accepted?: number;
}

async function playOut(ops: Op[]): Promise<void> {
  const name = uniqueName();
  const stores = await Promise.all(WRITERS.map(async () => expectOk(await DraftStore.open({ name, now: tickingClock() }))));
  const draft = expectOk(await stores[0]!.create(coworkingContent()));
  const saves: SaveRecord[] = [];
  const inbox: Record<Writer, number[]> = { A: [], B: [] };
  const windows = {} as Record<Writer, Window>;
  const diskFull: Record<Writer, boolean> = { A: false, B: false };
  WRITERS.forEach((w, i) => {
    const store = stores[i]!;
    const save = store.save.bind(store);
    // Watches every save the store is asked for; accepted ones are announced to both windows, as the channel does.
    store.save = async (id, content, baseRev, reason) => {
      const record: SaveRecord = { writer: w, baseRev };
      saves.push(record);
      if (diskFull[w]) {
        diskFull[w] = false;
        return { ok: false, error: storageError(quotaError()) };
      }
      const result = await save(id, content, baseRev, reason);
      if (result.ok) {
        record.accepted = result.value.rev;
        for (const other of WRITERS) inbox[other].push(result.value.rev);
      }
      return result;
    };
    const timers = new ManualTimers();
    windows[w] = { store, timers, session: new DraftSession(store, draft, { timers }) };
  });

  // What each window last typed into the fields it owns, and every tactic and type it added.
  const expected = {
    fields: { A: FIELDS.A.map(([get]) => get(coworkingContent())), B: FIELDS.B.map(([get]) => get(coworkingContent())) },
    tactics: new Map<string, { writer: Writer; segment: string; phase: PhaseId; text: string }>(),
    types: new Set(owned(coworkingContent(), 'B').types),
  };
  const inFlight: Promise<void>[] = [];
  let counter = 0;

  try {
    for (const op of ops) {
      switch (op.kind) {
        case 'edit': {
          const [, set] = FIELDS[op.writer][op.field]!;
          windows[op.writer].session.edit((c) => set(c, op.text));
          expected.fields[op.writer][op.field] = op.text;
          break;
        }
        case 'addTactic': {
          const id = `${op.writer}-${++counter}`;
          const segment = SEGMENTS[op.segment];
          windows[op.writer].session.edit((c) => addTactic(c, segment, op.phase, { id, text: op.text, channel: '' }));
          expected.tactics.set(id, { writer: op.writer, segment, phase: op.phase, text: op.text });
          break;
        }
        case 'editTactic': {
          const own = [...expected.tactics.entries()].filter(([, t]) => t.writer === op.writer);
          if (own.length === 0) break;
          const [id, t] = own[op.pick % own.length]!;
          windows[op.writer].session.edit((c) => updateTactic(c, t.segment, t.phase, id, { text: op.text }));
          t.text = op.text;
          break;
        }
        case 'addType': {
          const segment = SEGMENTS[op.segment];
          windows.B.session.edit((c) => addType(c, segment, op.typeId));
          expected.types.add(`${segment}:${op.typeId}`);
          break;
        }
        case 'flush': {
          const done = windows[op.writer].session.flush();
          if (op.wait) await done;
          else inFlight.push(done);
          break;
        }
        case 'deliver': {
          const rev = inbox[op.writer].shift();
          if (rev === undefined) break;
          const done = windows[op.writer].session.external(rev);
          if (op.wait) await done;
          else inFlight.push(done);
          break;
        }
        case 'advance':
          windows[op.writer].timers.advance(op.ms);
          break;
        case 'tick':
          await settle(op.rounds);
          break;
        case 'diskFull':
          diskFull[op.writer] = true;
          break;
      }
    }

    // The user stops; both panels are hidden (flush) and hear about every save, until nothing moves.
    for (let round = 0; ; round++) {
      expect(round, 'windows never settled').toBeLessThan(30);
      await Promise.all(inFlight.splice(0));
      for (const w of WRITERS) await windows[w].session.flush();
      for (const w of WRITERS) for (let rev = inbox[w].shift(); rev !== undefined; rev = inbox[w].shift()) await windows[w].session.external(rev);
      await settle(3);
      const revs = WRITERS.map((w) => windows[w].session.state.draft.rev);
      if (WRITERS.every((w) => inbox[w].length === 0 && !windows[w].session.dirty) && revs[0] === revs[1]) break;
    }

    const final = expectOk(await stores[0]!.get(draft.id));
    const content = contentOf(final);

    // (a) No edit lost: each window's last word on its own fields, every tactic and type added.
    for (const w of WRITERS) expect(owned(content, w).fields, `fields of ${w}`).toEqual(expected.fields[w]);
    const tactics = [...owned(content, 'A').tactics, ...owned(content, 'B').tactics];
    expect(tactics.map((t) => ({ id: t.id, segment: t.segment, phase: t.phase, text: t.text })).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...expected.tactics.entries()].map(([id, t]) => ({ id, segment: t.segment, phase: t.phase, text: t.text })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(owned(content, 'B').types).toEqual([...expected.types].sort());
    expect(owned(content, 'nobody')).toEqual(owned(coworkingContent(), 'nobody'));
    // Both windows show what is stored, with nothing left to settle.
    for (const w of WRITERS) {
      expect(windows[w].session.state.status.kind, `status of ${w}`).toBe('saved');
      expect(windows[w].session.state.content).toEqual(content);
    }

    // (b) No stale write accepted: each accepted save was based on the then-current revision.
    const accepted = saves.filter((s) => s.accepted !== undefined);
    for (const s of accepted) expect(s.accepted).toBe(s.baseRev + 1);
    expect(accepted.map((s) => s.accepted).sort((x, y) => x! - y!)).toEqual(Array.from({ length: final.rev - 1 }, (_, i) => i + 2));
    // …and never changed what the other window (or nobody) owns, compared with the revision it replaced.
    const history = expectOk(await stores[0]!.revisions(draft.id)).items.reverse();
    expect(history.map((r) => r.rev)).toEqual(Array.from({ length: final.rev }, (_, i) => i + 1));
    for (const s of accepted) {
      const before = contentOf(history[s.accepted! - 2]!.draft);
      const after = contentOf(history[s.accepted! - 1]!.draft);
      for (const owner of ['A', 'B', 'nobody'] as const) {
        if (owner !== s.writer) expect(owned(after, owner), `rev ${s.accepted} by ${s.writer} changed what ${owner} owns`).toEqual(owned(before, owner));
      }
    }
  } finally {
    for (const w of WRITERS) windows[w]?.session.dispose();
    await Promise.allSettled(inFlight);
    for (const store of stores) store.close();
  }
}

describe('two windows editing one draft, in any order', () => {
  it('loses no edit and accepts no save over a version it did not start from', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 40, size: 'max' }), playOut), { numRuns: 150 });
  }, 30_000);

  it('keeps both edits in a known tricky order: save in flight, news arrives, typing continues', async () => {
    await playOut([
      { kind: 'edit', writer: 'A', field: 0, text: 'Lyon' },
      { kind: 'edit', writer: 'B', field: 1, text: 'Slack' },
      { kind: 'flush', writer: 'B', wait: false },
      { kind: 'flush', writer: 'A', wait: false },
      { kind: 'addTactic', writer: 'A', segment: 1, phase: 'keep', text: 'Coffee' },
      { kind: 'addTactic', writer: 'B', segment: 1, phase: 'keep', text: 'Tea' },
      { kind: 'deliver', writer: 'A', wait: false },
      { kind: 'tick', rounds: 2 },
      { kind: 'advance', writer: 'A', ms: 500 },
      { kind: 'edit', writer: 'A', field: 0, text: 'Lyon 2' },
    ]);
  });
});

describe('the store refuses stale saves', () => {
  it('accepts exactly the saves based on the current revision and leaves the database unchanged otherwise', async () => {
    const step = fc.record({
      draft: fc.constantFrom(0, 1),
      // How far the save's base is from the stored revision: 0 is up to date, below is stale, above is from nowhere.
      offset: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: -3, max: 2 }) }),
      title: fc.string({ maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const name = uniqueName();
        const store = expectOk(await DraftStore.open({ name, now: tickingClock() }));
        try {
          const drafts = [expectOk(await store.create(coworkingContent())), expectOk(await store.create({ title: 'Bakery' }))];
          const model = drafts.map((d) => ({ rev: d.rev, title: d.title }));
          for (const s of steps) {
            const target = drafts[s.draft]!;
            const m = model[s.draft]!;
            const before = await dump(name);
            const result = await store.save(target.id, { ...contentOf(target), title: s.title }, m.rev + s.offset);
            if (s.offset === 0) {
              expect(expectOk(result).rev).toBe(m.rev + 1);
              m.rev += 1;
              m.title = s.title;
            } else {
              expect(result.ok ? 'saved' : result.error.kind).toBe('conflict');
              expect(await dump(name)).toEqual(before);
            }
          }
          for (const [i, d] of drafts.entries()) {
            const stored = expectOk(await store.get(d.id));
            expect({ rev: stored.rev, title: stored.title }).toEqual(model[i]);
            expect(expectOk(await store.revisions(d.id)).items.map((r) => r.rev)).toEqual(Array.from({ length: stored.rev }, (_, k) => stored.rev - k));
          }
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
