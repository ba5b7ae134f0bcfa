import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchCounts, batchWrites, openBatch, planBatch, readBatch } from '../../../lib/exchange/batch';
import { STORE_CHANNEL, type StoreChanged } from '../../../lib/messages';
import { exportFile } from '../../../lib/exchange/formats';
import { hostileName, MAX_ZIP_ENTRIES, readZip } from '../../../lib/exchange/zip';
import type { Cohort } from '../../../lib/model/cohort';
import type { Draft } from '../../../lib/model/draft';
import { CohortStore } from '../../../lib/store/cohorts';
import { dump } from '../store/harness';
import { coworkingDraft, existingOf, expectOk, exportInput, NO_RECORDS, openImports } from './fixtures';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const studentDraft = (n: number, overrides: Partial<Draft> = {}) => coworkingDraft({ id: `draft-student-${n}`, title: `Start-up ${n}`, comments: [], ...overrides });
const fileOf = (name: string, drafts: Draft[]) => ({ name, bytes: strToU8(exportFile('json', exportInput({ drafts, annotations: [] })).text) });
const NOW = new Date('2026-12-01T10:00:00.000Z');
const COHORT: Cohort = { id: 'cohort-1', name: 'Spring class', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() };

describe('importing a class at once', () => {
  it('lists each broken file with its name and problems, and plans the valid ones and the duplicates', () => {
    const broken = { name: 'carl.json', bytes: strToU8('{"format": "crc-export", "version": 1, "drafts": [') };
    const wrongField = { name: 'dora.json', bytes: strToU8(exportFile('json', exportInput({ drafts: [studentDraft(4)], annotations: [] })).text.replace('"Start-up 4"', '42')) };
    const batch = readBatch([fileOf('anna_berg.json', [studentDraft(1)]), broken, fileOf('ben.json', [studentDraft(2)]), fileOf('anna-again.json', [studentDraft(1)]), wrongField], NO_RECORDS);

    expect(batch.files.map((f) => [f.name, f.status])).toEqual([
      ['anna_berg.json', 'ready'], ['carl.json', 'refused'], ['ben.json', 'ready'], ['anna-again.json', 'duplicate'], ['dora.json', 'refused'],
    ]);
    expect(batch.files[0]).toMatchObject({ author: 'anna berg' });
    expect(batch.files[1]).toMatchObject({ problems: [expect.stringMatching(/^file: it ends too early/)] });
    expect(batch.files[3]).toMatchObject({ of: 'anna_berg.json' });
    expect(batch.files[4]).toMatchObject({ problems: ['drafts[0].title: expected string, got number'] });
    expect(batchCounts(batch)).toEqual({ ready: 2, duplicate: 1, refused: 2, drafts: 2 });
  });

  it('imports a different draft under a taken id as a copy rather than over the first', () => {
    const batch = readBatch([fileOf('a.json', [studentDraft(1)]), fileOf('b.json', [studentDraft(1, { title: 'Another idea' })])], NO_RECORDS, { newId: (() => { let n = 0; return () => `copy-${++n}`; })() });
    expect(batch.files.map((f) => f.status)).toEqual(['ready', 'ready']);
    const second = batch.files[1]!;
    if (second.status !== 'ready') expect.fail();
    expect(second.plan.drafts[0]).toMatchObject({ action: 'copy', originalId: 'draft-student-1', draft: { id: 'copy-1', title: 'Another idea (imported)' } });
  });

  it('writes every valid file with its cohort membership while a broken one changes nothing', async () => {
    const { store, name } = await openImports();
    opened.push(store);
    const files = Array.from({ length: 5 }, (_, i) => fileOf(`student-${i + 1}.json`, [studentDraft(i + 1)]));
    files.splice(2, 0, { name: 'broken.json', bytes: strToU8('not json') });
    const batch = readBatch(files, await existingOf(store));
    const writes = batchWrites(batch, COHORT, { now: NOW });
    expect(writes).toHaveLength(5);
    for (const w of writes) expectOk(await store.apply(w.writes));

    const cohorts = expectOk(await CohortStore.open({ name }));
    opened.push(cohorts);
    const workspace = expectOk(await cohorts.workspace('cohort-1'));
    expect(workspace.drafts.map((d) => d.id).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `draft-student-${n}`));
    expect(workspace.members.find((m) => m.draftId === 'draft-student-3')).toMatchObject({ author: 'student 3', file: 'student-3.json', cohortId: 'cohort-1' });
    expect((await dump(name)).drafts).toHaveLength(5);
  });
});

describe('a class import against a large profile', () => {
  it('reads from the profile only the records the files name, and plans as if it had read them all', async () => {
    const { store } = await openImports();
    opened.push(store);
    const files = [fileOf('a.json', [studentDraft(1)]), fileOf('b.json', [studentDraft(2, { title: 'Changed' })])];
    for (const n of [2, 3]) expectOk(await store.apply({ drafts: [{ kind: 'add', draft: studentDraft(n) }], annotations: [] }));
    const read = openBatch(files);
    expect([...read.ids]).toEqual(['draft-student-1', 'draft-student-2']);
    const existing = expectOk(await store.existing(read.ids));
    expect(existing.drafts.get('draft-student-2')).toMatchObject({ title: 'Start-up 2' });
    expect(existing.drafts.has('draft-student-3')).toBe(true); // its id is taken, though its record was not read
    const newId = () => 'copy-1';
    expect(planBatch(read, existing, { newId, now: NOW })).toEqual(readBatch(files, expectOk(await store.existing()), { newId, now: NOW }));
  });

  it('writes each file in its own transaction, in order, refusing only the one that no longer fits, and tells other panels once', async () => {
    const { store, name } = await openImports();
    opened.push(store);
    const heard: StoreChanged[] = [];
    const channel = new BroadcastChannel(STORE_CHANNEL);
    channel.onmessage = (e: MessageEvent) => heard.push(e.data as StoreChanged);
    try {
      const add = (n: number) => ({ drafts: [{ kind: 'add' as const, draft: studentDraft(n) }], annotations: [] });
      // The third adds what the first already added: it is refused whole, the others are written.
      const results = await store.applyEach([add(1), add(2), { drafts: [...add(3).drafts, ...add(1).drafts], annotations: [] }, add(4)]);
      expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
      expect(results[2]).toMatchObject({ error: { kind: 'changed' } });
      expect((await dump(name)).drafts!.map((d) => (d as Draft).id).sort()).toEqual([1, 2, 4].map((n) => `draft-student-${n}`));
      await vi.waitFor(() => expect(heard).toHaveLength(1));
      expect(heard[0]!.drafts.map((d) => d.id)).toEqual([1, 2, 4].map((n) => `draft-student-${n}`));
    } finally {
      channel.close();
    }
  });
});

describe('zips of exports', () => {
  const zip = (entries: Record<string, Uint8Array>) => zipSync(entries);

  it('reads the .json entries of a zip, names them after the zip, and says which entries were left out', () => {
    const one = fileOf('x', [studentDraft(1)]).bytes;
    const two = fileOf('x', [studentDraft(2)]).bytes;
    const batch = readBatch([{ name: 'class.zip', bytes: zip({ 'class/anna.json': one, 'class/ben.json': two, 'class/notes.txt': strToU8('hi'), '__MACOSX/._anna.json': strToU8('junk') }) }], NO_RECORDS);
    expect(batch.files.map((f) => [f.name, f.status])).toEqual([['class.zip › class/anna.json', 'ready'], ['class.zip › class/ben.json', 'ready']]);
    expect(batch.files[0]).toMatchObject({ author: 'anna' });
    expect(batch.skipped).toEqual(['class.zip › class/notes.txt: not a .json file, left out']);
  });

  it.each([
    ['../../etc/evil.json', 'it points outside the zip (..)'],
    ['/abs/evil.json', 'it is an absolute path'],
    ['C:/Windows/evil.json', 'it names a drive'],
    ['class\\..\\evil.json', 'it points outside the zip (..)'],
  ])('refuses a zip with the entry %s, reading nothing of it', (entry, why) => {
    expect(hostileName(entry)).toBe(why);
    const bytes = zip({ 'fine.json': fileOf('x', [studentDraft(1)]).bytes, [entry]: strToU8('{}') });
    const batch = readBatch([{ name: 'class.zip', bytes }, fileOf('other.json', [studentDraft(2)])], NO_RECORDS);
    expect(batch.files.map((f) => [f.name, f.status])).toEqual([['class.zip', 'refused'], ['other.json', 'ready']]);
    expect(batch.files[0]).toMatchObject({ problems: [`file: the zip was refused because its entry “${entry}” is not a plain file name (${why}). Nothing in it was read.`] });
  });

  it('refuses a zip bomb before inflating it', () => {
    // 60 MB of zeros deflate to about 60 KB: over the limit on what the zip would unpack to.
    const bomb = zipSync({ 'huge.json': new Uint8Array(60 * 1024 * 1024) }, { level: 1 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const read = readZip('bomb.zip', bomb);
    expect(read).toEqual({ ok: false, problem: 'file: the zip would unpack to more than 50 MB (it may be a zip bomb); nothing in it was read.' });
  }, 30_000); // deflating 60 MB for the test takes a second or more on a busy machine

  it('refuses a zip with more entries than any class sends', () => {
    const entries = Object.fromEntries(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}.json`, strToU8('{}')]));
    expect(readZip('many.zip', zip(entries))).toEqual({ ok: false, problem: `file: the zip holds more than ${MAX_ZIP_ENTRIES} entries; nothing in it was read. Send the class in smaller zips.` });
  });

  it('refuses a file that only looks like a zip', () => {
    const batch = readBatch([{ name: 'fake.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) }], NO_RECORDS);
    expect(batch.files[0]).toMatchObject({ status: 'refused', problems: [expect.stringMatching(/^file: it is not a zip that can be read/)] });
  });
});
