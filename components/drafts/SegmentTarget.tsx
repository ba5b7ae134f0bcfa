import { useEffect, useState } from 'preact/hooks';
import { addSegment } from '../../lib/model/edit';
import type { Draft, DraftContent } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';
import { routeHash } from '../sidepanel/route';

const NEW = '__new__';

export interface SegmentTarget {
  draftId: string;
  segmentId: string;
  newSegmentName: string;
}

/** Where "Add to draft…" and "Apply to draft" write: an existing or new draft, an existing or new segment. */
export function useSegmentTarget(store: DraftStore, initial: { draftId?: string | undefined; segmentId?: string | undefined } = {}) {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [target, setTarget] = useState<SegmentTarget>({ draftId: initial.draftId ?? NEW, segmentId: initial.segmentId ?? NEW, newSegmentName: '' });
  useEffect(() => {
    void store.list().then((r) => {
      if (!r.ok) return;
      setDrafts(r.value.items);
      if (!initial.draftId && r.value.items[0]) setTarget((t) => ({ ...t, draftId: r.value.items[0]!.id }));
    });
  }, [store]);
  const draft = drafts.find((d) => d.id === target.draftId);
  useEffect(() => {
    const segments = draft?.segments ?? [];
    if (!segments.some((s) => s.id === target.segmentId)) setTarget((t) => ({ ...t, segmentId: segments[0]?.id ?? NEW }));
  }, [target.draftId, drafts]);
  return { drafts, draft, target, setTarget };
}

/**
 * Applies `change` to the chosen segment (creating the draft or segment first when "new" is chosen), as one
 * read-modify-write that survives another window saving meanwhile. Resolves to a message for the user.
 */
export async function writeToTarget(
  store: DraftStore,
  target: SegmentTarget,
  change: (content: DraftContent, segmentId: string) => DraftContent,
  what: string,
): Promise<{ ok: boolean; text: string; href?: string }> {
  let draftId = target.draftId;
  if (draftId === NEW) {
    const created = await store.create({ title: 'Untitled draft' });
    if (!created.ok) return { ok: false, text: created.error.message };
    draftId = created.value.id;
  }
  let segmentId = target.segmentId;
  const saved = await store.modify(draftId, (content) => {
    let next = content;
    if (!next.segments.some((s) => s.id === segmentId)) {
      next = addSegment(next, target.newSegmentName.trim() || 'New segment');
      segmentId = next.segments[next.segments.length - 1]!.id;
    }
    return change(next, segmentId);
  });
  if (!saved.ok) return { ok: false, text: saved.error.message };
  const name = saved.value.segments.find((s) => s.id === segmentId)?.name ?? 'segment';
  return { ok: true, text: `${what} “${saved.value.title}” › ${name}.`, href: routeHash({ view: 'draft', id: draftId }) };
}

/** The draft and segment pickers. */
export function SegmentTargetFields({ drafts, draft, target, setTarget }: ReturnType<typeof useSegmentTarget>) {
  return (
    <>
      <label class="field">
        <span>Draft</span>
        <select value={target.draftId} onChange={(e) => setTarget({ ...target, draftId: e.currentTarget.value })}>
          {drafts.map((d) => <option key={d.id} value={d.id}>{d.title || 'Untitled draft'}</option>)}
          <option value={NEW}>New draft</option>
        </select>
      </label>
      <label class="field">
        <span>Segment</span>
        <select value={target.segmentId} onChange={(e) => setTarget({ ...target, segmentId: e.currentTarget.value })}>
          {draft?.segments.map((s, i) => <option key={s.id} value={s.id}>{s.name || `Segment ${i + 1}`}</option>)}
          <option value={NEW}>New segment</option>
        </select>
      </label>
      {target.segmentId === NEW && (
        <label class="field">
          <span>New segment name</span>
          <input value={target.newSegmentName} onInput={(e) => setTarget({ ...target, newSegmentName: e.currentTarget.value })} />
        </label>
      )}
    </>
  );
}
