/**
 * A coach's review coming back: the same draft (same id) with comments added. Merging takes the comments
 * and nothing else, so whatever the student changed since sending the draft out stays as it is.
 */
import type { Comment, Draft, DraftContent } from '../model/draft';
import { contentOf } from '../model/draft';
import { deepEqual } from '../model/merge';

export interface ReviewChanges {
  /** Comments in their file that ours does not have. */
  added: Comment[];
  /** Comments open in ours that they marked resolved. */
  resolved: Comment[];
}

/** What a reviewed copy brings that ours lacks; both lists empty means it is not a review of ours. */
export function reviewChanges(ours: Pick<Draft, 'comments'>, theirs: Pick<Draft, 'comments'>): ReviewChanges {
  const mine = new Map((ours.comments ?? []).map((c) => [c.id, c]));
  const added: Comment[] = [];
  const resolved: Comment[] = [];
  for (const c of theirs.comments ?? []) {
    const own = mine.get(c.id);
    if (!own) added.push(c);
    else if (c.resolved && !own.resolved) resolved.push(c);
  }
  return { added, resolved };
}

/** Whether two drafts say the same apart from their comments (which a review is expected to add). */
export function sameApartFromComments(a: Draft, b: Draft): boolean {
  const { comments: _a, ...restA } = contentOf(a);
  const { comments: _b, ...restB } = contentOf(b);
  return deepEqual(restA, restB);
}

/**
 * Our draft's content with their comments added. Our content fields win everywhere (the student's own edits
 * since the export are kept; edits a reviewer made to the text are not taken). Comments are united by id,
 * oldest first; one on both sides keeps our wording, and counts as resolved if either side resolved it:
 * resolving is the only change a round trip makes to an existing comment, and undoing it by accident (an
 * older file arriving late) would bring back feedback already dealt with.
 */
export function mergeReview(ours: Draft, theirs: Draft): DraftContent {
  const content = contentOf(ours);
  const byId = new Map<string, Comment>();
  for (const c of ours.comments ?? []) byId.set(c.id, c);
  for (const c of theirs.comments ?? []) {
    const own = byId.get(c.id);
    if (!own) byId.set(c.id, c);
    else if (c.resolved && !own.resolved) byId.set(c.id, { ...own, resolved: true });
  }
  if (!byId.size) return content;
  // Stable: comments made at the same moment keep ours-then-theirs order.
  const comments = [...byId.values()].map((c, i) => ({ c, i }))
    .sort((x, y) => Date.parse(x.c.createdAt) - Date.parse(y.c.createdAt) || x.i - y.i)
    .map(({ c }) => c);
  return { ...content, comments };
}
