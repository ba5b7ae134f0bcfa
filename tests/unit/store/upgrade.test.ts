import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DraftSchema, RevisionSchema, contentOf, listingOf } from '../../../lib/model/draft';
import { DB_VERSION, UPGRADES, openDatabase } from '../../../lib/store/db';
import { DraftStore } from '../../../lib/store/drafts';
import { PictureStore } from '../../../lib/store/pictures';
import { dump, expectOk, tickingClock, uniqueName } from './harness';

/** The records of each object store, as that version wrote them (`about` says what the fixture shows). */
interface Fixture {
  about: string;
  drafts: (Record<string, unknown> & { id: string })[];
  revisions: (Record<string, unknown> & { draftId: string; rev: number })[];
  listing?: (Record<string, unknown> & { id: string })[];
  annotations?: (Record<string, unknown> & { id: string; url: string })[];
  cohorts?: (Record<string, unknown> & { id: string })[];
  members?: (Record<string, unknown> & { draftId: string; cohortId: string })[];
  /** A picture's bytes are written `{ "base64": … }` in the fixture. */
  pictures?: (Record<string, unknown> & { draftId: string; bytes: { base64: string } })[];
}
const STORES = ['drafts', 'revisions', 'listing', 'annotations', 'cohorts', 'members', 'pictures'] as const;

/** A fixture's record as the database holds it (a picture's bytes as bytes). */
const stored = (record: Record<string, unknown>) =>
  'bytes' in record ? { ...record, bytes: Uint8Array.from(Buffer.from((record.bytes as { base64: string }).base64, 'base64')) } : record;

const fixtureUrl = (version: number) => new URL(`./fixtures/v${version}.json`, import.meta.url);
const loadFixture = (version: number): Fixture => JSON.parse(readFileSync(fixtureUrl(version), 'utf8')) as Fixture;
const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

/** Builds a database as version `version` of the extension left it, holding that version's fixture. */
async function databaseOfVersion(version: number, fixture: Fixture): Promise<string> {
  const name = uniqueName();
  const db = expectOk(await openDatabase({ name, version }));
  expect(db.version).toBe(version);
  const stores = STORES.filter((store) => fixture[store]);
  // The fixture holds exactly the stores that version had.
  expect([...db.objectStoreNames].sort()).toEqual([...stores].sort());
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) for (const record of fixture[store] ?? []) await tx.objectStore(store).put(stored(record) as never);
  await tx.done;
  db.close();
  return name;
}

describe('database upgrades', () => {
  it('has one upgrade step per version and a fixture for every version', () => {
    expect(UPGRADES).toHaveLength(DB_VERSION);
    for (const version of versions) expect(existsSync(fixtureUrl(version)), `fixtures/v${version}.json`).toBe(true);
  });

  it.each(versions)('opens a version %i database with every draft and its history intact', async (version) => {
    const fixture = loadFixture(version);
    const name = await databaseOfVersion(version, fixture);

    const store = expectOk(await DraftStore.open({ name, now: tickingClock() }));
    try {
      const live = expectOk(await store.list());
      const trash = expectOk(await store.list({ trash: true }));
      expect(live.problems).toEqual([]);
      expect([...live.items, ...trash.items].map((d) => d.id).sort()).toEqual(fixture.drafts.map((d) => d.id).sort());

      for (const record of fixture.drafts) {
        const expected = DraftSchema.parse(record);
        const draft = expectOk(await store.get(record.id));
        expect(contentOf(draft)).toEqual(contentOf(expected));
        expect(draft.rev).toBe(expected.rev);
        expect(draft.deletedAt).toBe(expected.deletedAt);
        expect((expected.deletedAt ? trash : live).items.find((d) => d.id === record.id)).toEqual(draft);

        const history = expectOk(await store.revisions(record.id));
        expect(history.problems).toEqual([]);
        const stored = fixture.revisions.filter((r) => r.draftId === record.id).map((r) => RevisionSchema.parse(r));
        expect(history.items).toEqual(stored.sort((a, b) => b.rev - a.rev));
      }

      // Pictures kept with drafts come back byte for byte; drafts without one have none.
      const pictures = expectOk(await PictureStore.open({ name }));
      for (const record of fixture.drafts) {
        const kept = fixture.pictures?.find((p) => p.draftId === record.id);
        const picture = expectOk(await pictures.get(record.id));
        expect(picture).toEqual(kept ? stored(kept) : undefined);
      }
      pictures.close();

      // The drafts list (read from the listing entries) shows every draft, built by the upgrade if need be.
      const overview = expectOk(await store.overview());
      expect(overview.problems).toEqual([]);
      expect(overview.drafts).toEqual(live.items.map(listingOf));
      expect(overview.trash).toEqual(trash.items.map(listingOf));
    } finally {
      store.close();
    }

    const upgraded = expectOk(await openDatabase({ name }));
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
  });

  it.each(versions)('keeps editing a draft from a version %i database where it left off', async (version) => {
    const fixture = loadFixture(version);
    const name = await databaseOfVersion(version, fixture);
    const store = expectOk(await DraftStore.open({ name, now: tickingClock() }));
    try {
      const record = fixture.drafts.find((d) => !d.deletedAt);
      expect(record).toBeDefined();
      const draft = expectOk(await store.get(record!.id));
      const saved = expectOk(await store.save(draft.id, { ...contentOf(draft), title: `${draft.title}, continued` }, draft.rev));
      expect(saved.rev).toBe(draft.rev + 1);
      expect(expectOk(await store.revisions(draft.id)).items[0]!.draft.title).toBe(`${draft.title}, continued`);
      expectOk(await store.create({ title: 'New after upgrade' }));
      expect(expectOk(await store.list()).items[0]!.title).toBe('New after upgrade');
    } finally {
      store.close();
    }
  });

  it('upgrades a version 1 database holding an unreadable draft without losing it', async () => {
    const fixture = loadFixture(1);
    const broken = { id: 'broken', title: 42, rev: 'two' };
    const name = await databaseOfVersion(1, { ...fixture, drafts: [...fixture.drafts, broken] });
    const store = expectOk(await DraftStore.open({ name, now: tickingClock() }));
    try {
      const overview = expectOk(await store.overview());
      expect([...overview.drafts, ...overview.trash].map((d) => d.id).sort()).toEqual(fixture.drafts.map((d) => d.id).sort());
      const read = await store.get('broken');
      expect(read.ok ? 'read' : read.error.kind).toBe('invalid');
      expect(expectOk(await store.list()).problems.some((p) => p.startsWith('draft broken'))).toBe(true);
    } finally {
      store.close();
    }
    expect((await dump(name)).drafts).toContainEqual(broken);
  });

  it('creates a fresh database ready for drafts', async () => {
    const name = uniqueName();
    const store = expectOk(await DraftStore.open({ name, now: tickingClock() }));
    try {
      expect(expectOk(await store.list())).toEqual({ items: [], problems: [] });
      const draft = expectOk(await store.create({ title: 'First draft' }));
      expect(expectOk(await store.list()).items.map((d) => d.id)).toEqual([draft.id]);
    } finally {
      store.close();
    }
    const db = expectOk(await openDatabase({ name }));
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORES].sort());
    db.close();
  });
});
