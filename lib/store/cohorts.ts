/**
 * Cohorts in IndexedDB (database v4): a coach's named groups of drafts, the rubric of each, and per draft
 * its membership and scores. Every action is one readwrite transaction; records read back are validated and
 * bad ones reported, never thrown. Drafts themselves are written only by DraftStore and ImportStore: an
 * import into a cohort adds its members inside the import's own transaction (`cohortRequests`).
 */
import { CohortSchema, MemberSchema, RubricSchema, ScoresSchema, type Cohort, type HealthSummary, type Member, type Rubric, type Scores } from '../model/cohort';
import { DraftSchema, ListingSchema, newId, type Draft } from '../model/draft';
import { openStore, StoreConnection, type StoreOptions } from './connection';
import { Refusal, type Result } from './errors';
import { getMany, problemsOf, readRecords } from './records';
import { inRead, inWriteTransaction, validRecord, type WriteTx } from './transaction';

export type { CohortWrites } from './cohort-writes';

/**
 * What opening a cohort reads: its members (those whose draft is live) and, of their drafts, only the ones
 * whose kept summary (`Member.health`) is missing or of another revision; the others are drawn from it.
 */
export interface Overview {
  cohort: Cohort;
  members: Member[];
  /** Members' drafts that need their summary made again. */
  drafts: Draft[];
  problems: string[];
}

/** A cohort with what its overview needs: members and their drafts (trashed drafts left out). */
export interface Workspace {
  cohort: Cohort;
  members: Member[];
  drafts: Draft[];
  /** Records that could not be read, skipped with the reason. */
  problems: string[];
}

type CohortTx = WriteTx<('cohorts' | 'members')[]>;

/** A stored cohort as read for showing: refused as `not-found` or `invalid` (every problem listed). */
function storedCohort(record: unknown, cohortId: string): Cohort {
  if (!record) throw new Refusal({ kind: 'not-found', message: 'This cohort no longer exists.' });
  const cohort = CohortSchema.safeParse(record);
  if (cohort.success) return cohort.data;
  const problems = problemsOf(cohort.error, `cohort ${cohortId}`);
  throw new Refusal({ kind: 'invalid', message: `This cohort could not be read: ${problems[0]}`, problems });
}

export class CohortStore extends StoreConnection {
  static open(options: StoreOptions = {}): Promise<Result<CohortStore>> {
    return openStore(options, (db, now) => new CohortStore(db, now));
  }

  /** Every cohort, newest first, with how many drafts each holds (counted by index: no member is read). */
  async list(): Promise<Result<{ cohorts: (Cohort & { size: number })[]; problems: string[] }>> {
    return inRead(async () => {
      const tx = this.db.transaction(['cohorts', 'members'], 'readonly');
      const cohorts = readRecords(await tx.objectStore('cohorts').getAll(), CohortSchema, (r) => `cohort ${String(r.id)}`);
      const byCohort = tx.objectStore('members').index('cohortId');
      const sizes = await Promise.all(cohorts.items.map((c) => byCohort.count(c.id)));
      const items = cohorts.items.map((c, i) => ({ ...c, size: sizes[i]! })).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return { cohorts: items, problems: cohorts.problems };
    });
  }

  /** One cohort with its members and their drafts, read in one transaction so they agree with each other. */
  async workspace(cohortId: string): Promise<Result<Workspace>> {
    return inRead(async () => {
      const tx = this.db.transaction(['cohorts', 'members', 'drafts'], 'readonly');
      const cohort = storedCohort(await tx.objectStore('cohorts').get(cohortId), cohortId);
      const members = readRecords(await tx.objectStore('members').index('cohortId').getAll(cohortId), MemberSchema, (r) => `member ${String(r.draftId)}`);
      const rawDrafts = await Promise.all(members.items.map((m) => tx.objectStore('drafts').get(m.draftId)));
      const drafts = readRecords(rawDrafts.filter((r) => r !== undefined), DraftSchema, (r) => `draft ${String(r.id)}`);
      const live = drafts.items.filter((d) => !d.deletedAt);
      const present = new Set(live.map((d) => d.id));
      return { cohort, members: members.items.filter((m) => present.has(m.draftId)), drafts: live, problems: [...members.problems, ...drafts.problems] };
    });
  }

  /**
   * One cohort for its overview, read in one transaction: members, then each member's small listing entry (its
   * revision, whether it is in the trash), then only the drafts the kept summaries do not serve.
   */
  async overview(cohortId: string): Promise<Result<Overview>> {
    return inRead(async () => {
      const tx = this.db.transaction(['cohorts', 'members', 'listing', 'drafts'], 'readonly');
      const [record, rawMembers] = await Promise.all([tx.objectStore('cohorts').get(cohortId), tx.objectStore('members').index('cohortId').getAll(cohortId)]);
      const cohort = storedCohort(record, cohortId);
      // Asked for before the members are checked, so the database reads while the checks run.
      const reading = getMany(tx.objectStore('listing'), rawMembers.map((r) => r.draftId));
      const members = readRecords(rawMembers, MemberSchema, (r) => `member ${String(r.draftId)}`);
      const byId = new Map((await reading).map((l, i) => [rawMembers[i]!.draftId, l]));
      const listings = members.items.map((m) => byId.get(m.draftId));
      const served = new Set<string>();
      const unserved: Member[] = [];
      members.items.forEach((m, i) => {
        const listing = ListingSchema.safeParse(listings[i]);
        // No readable listing entry: the draft itself says whether it is there and live.
        if (!listing.success) unserved.push(m);
        else if (listing.data.deletedAt) return;
        else if (m.health?.row && m.health.rev === listing.data.rev) served.add(m.draftId);
        else unserved.push(m);
      });
      const rawDrafts = await getMany(tx.objectStore('drafts'), unserved.map((m) => m.draftId));
      const drafts = readRecords(rawDrafts.filter((r): r is Record<string, unknown> => r !== undefined), DraftSchema, (r) => `draft ${String(r.id)}`);
      const read = drafts.items.filter((d) => !d.deletedAt);
      const present = new Set([...served, ...read.map((d) => d.id)]);
      return { cohort, members: members.items.filter((m) => present.has(m.draftId)), drafts: read, problems: [...members.problems, ...drafts.problems] };
    });
  }

  /** A new, empty cohort. */
  async create(name: string): Promise<Result<Cohort>> {
    const at = this.now().toISOString();
    const cohort = { id: newId(), name: name.trim(), createdAt: at, updatedAt: at };
    return this.write(async (tx) => {
      const valid = validRecord(CohortSchema, cohort, 'cohort');
      await tx.objectStore('cohorts').add(valid);
      return valid;
    });
  }

  async rename(cohortId: string, name: string): Promise<Result<Cohort>> {
    return this.changeCohort(cohortId, (c) => ({ ...c, name: name.trim() }));
  }

  async setRubric(cohortId: string, rubric: Rubric): Promise<Result<Cohort>> {
    return this.changeCohort(cohortId, (c) => ({ ...c, rubric: validRecord(RubricSchema, rubric, 'rubric') }));
  }

  /**
   * Moves drafts into cohort `to` (from whichever cohort they were in), in one transaction: all of them or,
   * when the target cohort is gone, none.
   */
  async move(draftIds: readonly string[], to: string): Promise<Result<number>> {
    return this.write(async (tx) => {
      if (!(await tx.objectStore('cohorts').get(to))) throw new Refusal({ kind: 'not-found', message: 'Nothing was moved: that cohort no longer exists.' });
      const members = tx.objectStore('members');
      const current = await Promise.all(draftIds.map((id) => members.get(id)));
      const at = this.now().toISOString();
      await Promise.all(draftIds.map((draftId, i) => {
        const old = current[i] ? MemberSchema.safeParse(current[i]) : undefined;
        const base = old?.success ? old.data : { draftId, author: '', file: '', addedAt: at };
        return members.put(validRecord(MemberSchema, { ...base, cohortId: to }, `member ${draftId}`));
      }));
      return draftIds.length;
    });
  }

  /** Records the coach's scores (and overall remark) for one draft. */
  async score(draftId: string, scores: Scores, feedback?: string): Promise<Result<Member>> {
    return this.changeMember(draftId, (m) => {
      const next: Record<string, unknown> = { ...m, scores: validRecord(ScoresSchema, scores, `scores of ${draftId}`) };
      if (feedback !== undefined) next.feedback = feedback;
      return next;
    });
  }

  /**
   * Keeps health summaries (one transaction for all): members that are gone or moved on are left as they are,
   * since a summary is only ever a saving, never the truth.
   */
  async keepHealth(summaries: readonly { draftId: string; health: HealthSummary }[]): Promise<Result<number>> {
    return this.write(async (tx) => {
      const members = tx.objectStore('members');
      const current = await Promise.all(summaries.map((s) => members.get(s.draftId)));
      let kept = 0;
      await Promise.all(summaries.map((s, i) => {
        const member = current[i] ? MemberSchema.safeParse(current[i]) : undefined;
        if (!member?.success) return undefined;
        kept++;
        return members.put(validRecord(MemberSchema, { ...member.data, health: s.health }, `member ${s.draftId}`));
      }));
      return kept;
    });
  }

  async setAuthor(draftId: string, author: string): Promise<Result<Member>> {
    return this.changeMember(draftId, (m) => ({ ...m, author: author.trim() }));
  }

  private changeCohort(cohortId: string, change: (c: Cohort) => Record<string, unknown>): Promise<Result<Cohort>> {
    return this.write(async (tx) => {
      const current = await tx.objectStore('cohorts').get(cohortId);
      if (!current) throw new Refusal({ kind: 'not-found', message: 'This cohort no longer exists.' });
      const next = validRecord(CohortSchema, { ...change(validRecord(CohortSchema, current, `cohort ${cohortId}`)), updatedAt: this.now().toISOString() }, `cohort ${cohortId}`);
      await tx.objectStore('cohorts').put(next);
      return next;
    });
  }

  private changeMember(draftId: string, change: (m: Member) => Record<string, unknown>): Promise<Result<Member>> {
    return this.write(async (tx) => {
      const current = await tx.objectStore('members').get(draftId);
      if (!current) throw new Refusal({ kind: 'not-found', message: 'This draft is not in a cohort any more.' });
      const next = validRecord(MemberSchema, change(validRecord(MemberSchema, current, `member ${draftId}`)), `member ${draftId}`);
      await tx.objectStore('members').put(next);
      return next;
    });
  }

  /** Runs `work` in one readwrite transaction over cohorts and members; a Refusal aborts it and is returned. */
  private write<T>(work: (tx: CohortTx) => Promise<T>): Promise<Result<T>> {
    return inWriteTransaction(this.db, ['cohorts', 'members'], work);
  }
}
