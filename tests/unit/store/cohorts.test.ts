import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { healthSummary } from '../../../lib/cohort/overview';
import { CohortSchema, MemberSchema } from '../../../lib/model/cohort';
import { openDatabase } from '../../../lib/store/db';
import { CohortStore } from '../../../lib/store/cohorts';
import { DraftStore } from '../../../lib/store/drafts';
import { dump, expectOk, tickingClock, uniqueName } from './harness';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

type Records = Record<string, (Record<string, unknown> & { id?: string })[]>;
const fixture = (version: number) => JSON.parse(readFileSync(new URL(`./fixtures/v${version}.json`, import.meta.url), 'utf8')) as Records;

async function databaseOf(version: number): Promise<string> {
  const name = uniqueName();
  const records = fixture(version);
  const db = expectOk(await openDatabase({ name, version }));
  const stores = [...db.objectStoreNames];
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) for (const record of records[store] ?? []) await tx.objectStore(store).put(record as never);
  await tx.done;
  db.close();
  return name;
}

async function stores(name = uniqueName()) {
  const cohorts = expectOk(await CohortStore.open({ name, now: tickingClock() }));
  const drafts = expectOk(await DraftStore.open({ name, now: tickingClock() }));
  opened.push(cohorts, drafts);
  return { cohorts, drafts, name };
}

describe('cohorts in the database', () => {
  it('reads a version 4 cohort with its rubric, members and scores', async () => {
    const { cohorts } = await stores(await databaseOf(4));
    const records = fixture(4);
    const workspace = expectOk(await cohorts.workspace('cohort-spring'));
    expect(workspace.problems).toEqual([]);
    expect(workspace.cohort).toEqual(CohortSchema.parse(records.cohorts![0]));
    expect(workspace.members).toEqual(records.members!.map((m) => MemberSchema.parse(m)));
    expect(workspace.drafts.map((d) => d.id).sort()).toEqual(records.members!.map((m) => m.draftId).sort());
  });

  it('upgrades a version 3 database to one with no cohorts and every draft and annotation kept', async () => {
    const name = await databaseOf(3);
    const before = await dump(name);
    const { cohorts } = await stores(name);
    expect(expectOk(await cohorts.list())).toEqual({ cohorts: [], problems: [] });
    const after = await dump(name);
    expect(after).toEqual({ ...before, cohorts: [], members: [] });
  });

  it('moves drafts between cohorts in one step, and moves nothing into a cohort that is gone', async () => {
    const { cohorts, drafts, name } = await stores();
    const a = expectOk(await cohorts.create('Morning group'));
    const b = expectOk(await cohorts.create('Evening group'));
    const one = expectOk(await drafts.create({ title: 'One' }));
    const two = expectOk(await drafts.create({ title: 'Two' }));
    expect(expectOk(await cohorts.move([one.id, two.id], a.id))).toBe(2);
    expectOk(await cohorts.setAuthor(one.id, 'Anna'));
    expectOk(await cohorts.move([one.id], b.id));
    expect(expectOk(await cohorts.workspace(a.id)).drafts.map((d) => d.title)).toEqual(['Two']);
    expect(expectOk(await cohorts.workspace(b.id)).members).toMatchObject([{ draftId: one.id, author: 'Anna' }]);
    expect(expectOk(await cohorts.list()).cohorts.map((c) => [c.name, c.size])).toEqual([['Evening group', 1], ['Morning group', 1]]);

    const before = await dump(name);
    const refused = await cohorts.move([one.id, two.id], 'no-such-cohort');
    expect(refused).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await dump(name)).toEqual(before);
  });

  it('keeps health summaries for members, passing over drafts that left the cohort', async () => {
    const { cohorts, drafts } = await stores();
    const cohort = expectOk(await cohorts.create('Class'));
    const draft = expectOk(await drafts.create({ title: 'One' }));
    expectOk(await cohorts.move([draft.id], cohort.id));
    const health = { rev: draft.rev, high: 1, medium: 0, low: 2, rules: [{ id: 'no-segment', title: 'No customer segment yet' }] };
    expect(expectOk(await cohorts.keepHealth([{ draftId: draft.id, health }, { draftId: 'gone', health }]))).toBe(1);
    expect(expectOk(await cohorts.workspace(cohort.id)).members[0]).toMatchObject({ health });
  });

  it('opens a cohort from kept summaries, reading only the drafts that changed since and leaving out the trash', async () => {
    const { cohorts, drafts } = await stores();
    const cohort = expectOk(await cohorts.create('Class'));
    const kept = expectOk(await drafts.create({ title: 'Kept' }));
    const edited = expectOk(await drafts.create({ title: 'Edited' }));
    const trashed = expectOk(await drafts.create({ title: 'Trashed' }));
    const never = expectOk(await drafts.create({ title: 'Never opened' }));
    expectOk(await cohorts.move([kept.id, edited.id, trashed.id, never.id], cohort.id));
    expectOk(await cohorts.keepHealth([kept, edited, trashed].map((d) => ({ draftId: d.id, health: healthSummary(d) }))));
    expectOk(await drafts.save(edited.id, { ...edited, title: 'Edited again' }, edited.rev));
    expectOk(await drafts.trash(trashed.id));

    const overview = expectOk(await cohorts.overview(cohort.id));
    expect(overview.problems).toEqual([]);
    expect(overview.members.map((m) => m.draftId).sort()).toEqual([kept.id, edited.id, never.id].sort());
    // Only drafts whose kept summary is missing or of another revision are read.
    expect(overview.drafts.map((d) => d.title).sort()).toEqual(['Edited again', 'Never opened']);
    expect(overview.members.find((m) => m.draftId === kept.id)?.health?.row).toMatchObject({ title: 'Kept' });
    expect(await cohorts.overview('no-such-cohort')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('keeps scores and refuses ones outside the scale without writing', async () => {
    const { cohorts, drafts, name } = await stores();
    const cohort = expectOk(await cohorts.create('Class'));
    const draft = expectOk(await drafts.create({ title: 'One' }));
    expectOk(await cohorts.move([draft.id], cohort.id));
    expect(expectOk(await cohorts.score(draft.id, { clarity: 4 }, 'Well argued.'))).toMatchObject({ scores: { clarity: 4 }, feedback: 'Well argued.' });
    const before = await dump(name);
    expect(await cohorts.score(draft.id, { clarity: 11 })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await dump(name)).toEqual(before);
  });
});
