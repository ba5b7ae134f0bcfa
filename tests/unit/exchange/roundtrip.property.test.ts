import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../lib/exchange/formats';
import { planCounts, planWrites, readImport } from '../../../lib/exchange/import';
import { AnnotationStore } from '../../../lib/store/annotations';
import { DraftStore } from '../../../lib/store/drafts';
import { annotations, drafts } from './arbitraries';
import { counts, existingOf, expectOk, exportInput, openImports } from './fixtures';

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Everything a profile holds, live and trashed, read back through the stores the app uses. */
async function readBack(name: string) {
  const draftStore = expectOk(await DraftStore.open({ name }));
  const annotationStore = expectOk(await AnnotationStore.open({ name }));
  try {
    const live = expectOk(await draftStore.list());
    const trash = expectOk(await draftStore.list({ trash: true }));
    const liveA = expectOk(await annotationStore.list());
    const trashA = expectOk(await annotationStore.list({ trash: true }));
    expect([...live.problems, ...trash.problems, ...liveA.problems, ...trashA.problems]).toEqual([]);
    const history = await Promise.all([...live.items, ...trash.items].map(async (d) => expectOk(await draftStore.revisions(d.id)).items));
    return { drafts: byId([...live.items, ...trash.items]), annotations: byId([...liveA.items, ...trashA.items]), history };
  } finally {
    draftStore.close();
    annotationStore.close();
  }
}

describe('round trip: export, then import into an empty profile', () => {
  it('gives back equal drafts and annotations, trash included, each with an "import" revision', async () => {
    await fc.assert(
      fc.asyncProperty(drafts, annotations, async (ds, as) => {
        const file = exportFile('json', exportInput({ drafts: ds, annotations: as, kind: 'backup' }));
        const { store, name } = await openImports();
        try {
          const read = readImport(file.text, await existingOf(store));
          if (!read.ok) expect.fail(read.problems.join('\n'));
          expect(read.plan.drafts.every((d) => d.action === 'add')).toBe(true);
          expect(read.plan.annotations.every((a) => a.action === 'add')).toBe(true);
          expectOk(await store.apply(planWrites(read.plan)));

          const back = await readBack(name);
          expect(back.drafts).toEqual(byId(ds));
          expect(back.annotations).toEqual(byId(as));
          for (const revisions of back.history) {
            expect(revisions.map((r) => r.reason)).toEqual(['import']);
          }
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('adds nothing when the same backup is restored twice', async () => {
    await fc.assert(
      fc.asyncProperty(drafts, annotations, async (ds, as) => {
        const file = exportFile('json', exportInput({ drafts: ds, annotations: as, kind: 'backup' }));
        const { store, name } = await openImports();
        try {
          const first = readImport(file.text, await existingOf(store));
          if (!first.ok) expect.fail(first.problems.join('\n'));
          expectOk(await store.apply(planWrites(first.plan)));
          const before = await counts(name);

          const again = readImport(file.text, await existingOf(store));
          if (!again.ok) expect.fail(again.problems.join('\n'));
          const tally = planCounts(again.plan);
          expect(tally.drafts).toEqual({ add: 0, copy: 0, review: 0, skip: ds.length, 'not-mine': 0 });
          expect(tally.annotations).toEqual({ add: 0, copy: 0, 'skip-duplicate': as.length });
          expectOk(await store.apply(planWrites(again.plan)));
          expect(await counts(name)).toEqual(before);
        } finally {
          store.close();
        }
      }),
      { numRuns: 20 },
    );
  });
});
