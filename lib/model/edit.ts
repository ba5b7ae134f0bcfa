/**
 * The edits a user makes to a draft's content, as pure functions (content in, new content out).
 * Each returns the same object when nothing changes, so "no edit" never triggers a save.
 */
import type { PhaseId } from '../catalogue/ids';
import { emptySegment, emptyTactic, type Comment, type DraftContent, type Evidence, type Segment, type Tactic } from './draft';

export function updateSegment(content: DraftContent, segmentId: string, change: (s: Segment) => Segment): DraftContent {
  let changed = false;
  const segments = content.segments.map((s) => {
    if (s.id !== segmentId) return s;
    const next = change(s);
    changed ||= next !== s;
    return next;
  });
  return changed ? { ...content, segments } : content;
}

export function addSegment(content: DraftContent, name = ''): DraftContent {
  return { ...content, segments: [...content.segments, emptySegment(name)] };
}

export function removeSegment(content: DraftContent, segmentId: string): DraftContent {
  return { ...content, segments: content.segments.filter((s) => s.id !== segmentId) };
}

export function addType(content: DraftContent, segmentId: string, typeId: string, rationale = ''): DraftContent {
  return updateSegment(content, segmentId, (s) =>
    s.types.some((t) => t.typeId === typeId) ? s : { ...s, types: [...s.types, { typeId, rationale }] },
  );
}

export function removeType(content: DraftContent, segmentId: string, typeId: string): DraftContent {
  return updateSegment(content, segmentId, (s) => ({ ...s, types: s.types.filter((t) => t.typeId !== typeId) }));
}

export function setRationale(content: DraftContent, segmentId: string, typeId: string, rationale: string): DraftContent {
  return updateSegment(content, segmentId, (s) => ({
    ...s,
    types: s.types.map((t) => (t.typeId === typeId ? { ...t, rationale } : t)),
  }));
}

export function addTactic(content: DraftContent, segmentId: string, phase: PhaseId, tactic: Tactic = emptyTactic()): DraftContent {
  return updateSegment(content, segmentId, (s) => ({ ...s, grid: { ...s.grid, [phase]: [...s.grid[phase], tactic] } }));
}

export function updateTactic(
  content: DraftContent,
  segmentId: string,
  phase: PhaseId,
  tacticId: string,
  patch: Partial<Omit<Tactic, 'id'>>,
): DraftContent {
  return updateSegment(content, segmentId, (s) => ({
    ...s,
    grid: { ...s.grid, [phase]: s.grid[phase].map((t) => (t.id === tacticId ? { ...t, ...patch } : t)) },
  }));
}

export function removeTactic(content: DraftContent, segmentId: string, phase: PhaseId, tacticId: string): DraftContent {
  return updateSegment(content, segmentId, (s) => ({ ...s, grid: { ...s.grid, [phase]: s.grid[phase].filter((t) => t.id !== tacticId) } }));
}

/** Keeps the summary in step with the suggestion until the user writes their own. */
export function followSuggestion(content: DraftContent, suggestion: string): DraftContent {
  return content.summaryEdited || content.summary === suggestion ? content : { ...content, summary: suggestion };
}

/** Adds a quoted passage as evidence; the same annotation in the same phase is not added twice. */
export function addEvidence(content: DraftContent, segmentId: string, evidence: Evidence): DraftContent {
  return updateSegment(content, segmentId, (s) => {
    const list = s.evidence ?? [];
    const duplicate = evidence.annotationId !== undefined && list.some((e) => e.annotationId === evidence.annotationId && e.phase === evidence.phase);
    return duplicate ? s : { ...s, evidence: [...list, evidence] };
  });
}

export function removeEvidence(content: DraftContent, segmentId: string, evidenceId: string): DraftContent {
  return updateSegment(content, segmentId, (s) => (s.evidence?.some((e) => e.id === evidenceId) ? { ...s, evidence: s.evidence.filter((e) => e.id !== evidenceId) } : s));
}

/** Adds a review comment to a draft. */
export function addComment(content: DraftContent, comment: Comment): DraftContent {
  return { ...content, comments: [...(content.comments ?? []), comment] };
}

export function setCommentResolved(content: DraftContent, commentId: string, resolved: boolean): DraftContent {
  if (!content.comments?.some((c) => c.id === commentId && c.resolved !== resolved)) return content;
  return { ...content, comments: content.comments.map((c) => (c.id === commentId ? { ...c, resolved } : c)) };
}
