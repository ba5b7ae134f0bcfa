import { canvasDraft, type CanvasSource } from '../advice/canvas-draft';
import type { Draft } from '../model/draft';
import type { NewPicture } from '../model/picture';
import type { DraftStore } from './drafts';
import { keepPicture } from './pictures';
import type { Result } from './errors';

/**
 * The draft for a canvas page: creates it from the notes the first time, and afterwards brings the
 * page's existing draft (same source URL, not in the trash) up to date — adding, never removing. A board's
 * `picture` is kept with the draft in the same write (replacing the one kept before).
 */
export async function saveCanvasDraft(store: DraftStore, source: CanvasSource, notes: readonly string[], segmentNotes: readonly string[], picture?: NewPicture): Promise<Result<Draft>> {
  const also = picture ? keepPicture(picture) : undefined;
  if (also && !also.ok) return also;
  const all = await store.list();
  if (!all.ok) return all;
  const existing = all.value.items.find((d) => d.source?.url === source.url);
  if (!existing) return store.create(canvasDraft(undefined, notes, segmentNotes, source), 'create', also?.value);
  return store.modify(existing.id, (content) => canvasDraft(content, notes, segmentNotes, source), 'edit', also?.value);
}

