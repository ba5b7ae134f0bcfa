/**
 * Words for the parts of a draft, shared by the readable exports (Markdown, printable page), so both name a
 * type, a phase or a comment's target the same way. Returns plain text: each format escapes it itself.
 */
import { groupByPage } from '../model/annotation-list';
import { textFragmentUrl } from '../model/evidence';
import { PHASE_IDS, type Comment, type CommentTarget, type Draft, type Evidence, type PhaseId, type Segment } from '../model/draft';

import { ENGLISH_WORDS, type ExportWords } from './words';

export { PHASE_IDS };

const shorten = (text: string, max = 40) => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
};

const segmentLabel = (segment: Segment | undefined, id: string, { t }: ExportWords) =>
  segment ? t('target.segment', { name: shorten(segment.name) || t('target.unnamed') }) : t('target.removedSegment', { id });

/** What a comment is about, in words: `Segment “Offices” › Keep › “Quarterly review”` (in the words' language). */
export function targetLabel(target: CommentTarget, draft: Pick<Draft, 'segments'>, w: ExportWords = ENGLISH_WORDS): string {
  if (target.kind === 'draft') return w.t('target.draft');
  const segment = draft.segments.find((s) => s.id === target.segmentId);
  const where = segmentLabel(segment, target.segmentId, w);
  if (target.kind === 'segment') return where;
  if (target.kind === 'type') return `${where} › ${w.typeName(target.typeId)}`;
  const tactic = segment?.grid[target.phase].find((t) => t.id === target.tacticId);
  return `${where} › ${w.phaseName(target.phase)} › ${tactic ? `“${shorten(tactic.text) || w.t('target.emptyTactic')}”` : w.t('target.removedTactic')}`;
}

/** Comments oldest first, open ones and resolved ones alike (exports show both, marking the resolved). */
export function commentsOf(draft: Pick<Draft, 'comments'>): Comment[] {
  return [...(draft.comments ?? [])].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** The calendar day of an ISO timestamp, as written in it (its own offset). */
export function day(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** A link that finds the quoted passage even without the extension (a text fragment, see lib/model/evidence.ts). */
export function evidenceHref(evidence: Pick<Evidence, 'url' | 'quote' | 'prefix' | 'suffix'>): string {
  return textFragmentUrl(evidence.url, evidence.quote, evidence.prefix, evidence.suffix);
}

/** Annotations grouped by page, as the side panel groups them. */
export const byPage = groupByPage;

/** Records that readable exports show: trashed ones travel only in the JSON envelope (backups). */
export function live<T extends { deletedAt?: string | undefined }>(records: readonly T[]): T[] {
  return records.filter((r) => !r.deletedAt);
}
