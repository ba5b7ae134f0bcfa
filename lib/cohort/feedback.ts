/**
 * Bulk feedback: the reviewed drafts of a cohort back to their students, either one review file per draft
 * (zipped, each named after its author and title) or one file for the whole class from which each student's
 * import takes only their own draft. The files are the ordinary JSON envelope; rubric scores travel in its
 * optional `scores` list and, so that any build shows them, as one comment on the whole draft.
 */
import { strToU8, zipSync } from 'fflate';
import type { Translate } from '../i18n/catalogue';
import type { Cohort, Member } from '../model/cohort';
import type { Comment, Draft } from '../model/draft';
import { buildEnvelope, type AppInfo, type DraftScores } from '../exchange/envelope';
import { slug } from '../exchange/formats';
import { scoreLines } from './rubric-text';
import { ENGLISH_REVIEW } from './words';

export interface FeedbackInput {
  cohort: Cohort;
  drafts: readonly Draft[];
  members: readonly Member[];
  /** The coach's name, on the scores comment. */
  coach: string;
  app: AppInfo;
  now: Date;
  /** The coach's language for the scores comment (English when not given). */
  t?: Translate<'review'>;
}

/** A short, stable id from text: the same scores give the same comment id, so exporting twice adds nothing twice. */
function digest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

/** The scores of one draft for the file's `scores` list, or undefined when the draft has none. */
export function draftScores(cohort: Cohort, member: Member | undefined): DraftScores | undefined {
  if (!cohort.rubric || !member?.scores) return undefined;
  const scores = member.scores;
  return {
    draftId: member.draftId,
    criteria: cohort.rubric.criteria.map((c) => (Object.hasOwn(scores, c.id) ? { id: c.id, label: c.label, max: c.max, points: Math.min(c.max, scores[c.id]!) } : { id: c.id, label: c.label, max: c.max })),
    feedback: member.feedback ?? '',
  };
}

/** The draft as it goes back to its student: with a comment holding the rubric scores (in the coach's language), when it was scored. */
export function reviewedDraft(draft: Draft, cohort: Cohort, member: Member | undefined, coach: string, now: Date, t: Translate<'review'> = ENGLISH_REVIEW): Draft {
  if (!cohort.rubric || !member?.scores) return draft;
  const text = [t('scores.heading'), ...scoreLines(cohort.rubric, member.scores, member.feedback ?? '', t)].join('\n');
  const comment: Comment = { id: `rubric-${digest(text)}`, target: { kind: 'draft' }, author: coach.trim() || t('scores.coach'), text, createdAt: now.toISOString(), resolved: false };
  if (draft.comments?.some((c) => c.id === comment.id)) return draft;
  return { ...draft, comments: [...(draft.comments ?? []), comment] };
}

function reviewed(input: FeedbackInput) {
  const byDraft = new Map(input.members.map((m) => [m.draftId, m]));
  return input.drafts.map((d) => {
    const member = byDraft.get(d.id);
    return { draft: reviewedDraft(d, input.cohort, member, input.coach, input.now, input.t), scores: draftScores(input.cohort, member), author: member?.author ?? '' };
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One review file per draft: `author-title.json` (numbered when two would share a name). */
export function reviewFiles(input: FeedbackInput): { name: string; text: string }[] {
  const taken = new Set<string>();
  return reviewed(input).map(({ draft, scores, author }) => {
    const base = [author, draft.title].filter((s) => s.trim()).map(slug).join('-') || 'draft';
    let name = `${base}.json`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.json`;
    taken.add(name);
    const envelope = buildEnvelope([draft], [], input.app, input.now, 'review');
    return { name, text: json(scores ? { ...envelope, scores: [scores] } : envelope) };
  });
}

/** The review files in one zip, for one download. */
export function reviewZip(input: FeedbackInput): Uint8Array {
  return zipSync(Object.fromEntries(reviewFiles(input).map((f) => [f.name, strToU8(f.text)])), { level: 6 });
}

/** Every reviewed draft in one file; a student's import takes only the drafts that student has. */
export function classReviewFile(input: FeedbackInput): string {
  const items = reviewed(input);
  const envelope = buildEnvelope(items.map((i) => i.draft), [], input.app, input.now, 'class-review');
  const scores = items.flatMap((i) => (i.scores ? [i.scores] : []));
  return json(scores.length ? { ...envelope, scores } : envelope);
}

/** `crc-review-spring-class-2026-12-01.zip` and the like. */
export function cohortFileName(cohort: Cohort, what: string, extension: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `crc-${what}-${slug(cohort.name)}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
