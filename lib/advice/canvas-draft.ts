/**
 * A draft from a canvas page's notes: a new one, or the page's existing draft brought up to date without
 * losing anything the user wrote there (segments matched by name; types and tactics only added).
 */
import { PHASE_IDS } from '../catalogue/ids';
import { normalise } from '../catalogue/text';
import type { DraftContent } from '../model/draft';
import { addTactic, addType, updateSegment } from '../model/edit';
import { draftFromNotes } from './notes-draft';

export interface CanvasSource {
  url: string;
  title: string;
}

export function canvasDraft(existing: DraftContent | undefined, notes: readonly string[], segmentNotes: readonly string[], source: CanvasSource): DraftContent {
  const fresh = draftFromNotes(notes, segmentNotes);
  if (!existing) return { ...fresh, title: source.title || 'Canvas draft', source: { url: source.url, title: source.title } };
  let next: DraftContent = existing;
  for (const segment of fresh.segments) {
    const match = next.segments.find((s) => normalise(s.name) === normalise(segment.name));
    if (!match) {
      next = { ...next, segments: [...next.segments, segment] };
      continue;
    }
    for (const t of segment.types) next = addType(next, match.id, t.typeId, t.rationale);
    for (const phase of PHASE_IDS) {
      for (const tactic of segment.grid[phase]) {
        const have = next.segments.find((s) => s.id === match.id)!.grid[phase].some((t) => normalise(t.text) === normalise(tactic.text));
        if (!have) next = addTactic(next, match.id, phase, tactic);
      }
    }
    if (segment.notes && !match.notes.includes(segment.notes)) {
      next = updateSegment(next, match.id, (s) => ({ ...s, notes: s.notes ? `${s.notes}\n${segment.notes}` : segment.notes }));
    }
  }
  return next;
}
