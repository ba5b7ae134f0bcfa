import { useEffect, useRef, useState } from 'preact/hooks';
import { addSegment } from '../../lib/model/edit';
import type { Draft, DraftContent } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';
import type { StoreError } from '../../lib/store/errors';
import { routeHash } from '../sidepanel/route';
import { storeErrorText } from './store-words';
import { DraftsText, useDraftsText } from './text';

const NEW = '__new__';

export interface SegmentTarget {
  draftId: string;
  segmentId: string;
  newSegmentName: string;
}

/** Where "Add to draft…" and "Apply to draft" write: an existing or new draft, an existing or new segment. */
export function useSegmentTarget(store: DraftStore, initial: { draftId?: string | undefined; segmentId?: string | undefined } = {}) {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [target, setChosen] = useState<SegmentTarget>({ draftId: initial.draftId ?? NEW, segmentId: initial.segmentId ?? NEW, newSegmentName: '' });
  // Whether the user has picked anything: the drafts list may arrive after a quick pick, and must not undo it.
  const picked = useRef(false);
  const setTarget = (next: SegmentTarget) => {
    picked.current = true;
    // Another draft: its first segment (or a new one) in the same render, so the "New segment name" field is
    // there for the very next Tab rather than a frame later.
    const segment = drafts.find((d) => d.id === next.draftId)?.segments[0]?.id ?? NEW;
    setChosen(next.draftId === target.draftId ? next : { ...next, segmentId: segment });
  };
  useEffect(() => {
    void store.list().then((r) => {
      if (!r.ok) return;
      setDrafts(r.value.items);
      const first = r.value.items[0];
      if (!initial.draftId && first && !picked.current) setChosen((t) => ({ ...t, draftId: first.id }));
    });
  }, [store]);
  const draft = drafts.find((d) => d.id === target.draftId);
  useEffect(() => {
    const segments = draft?.segments ?? [];
    if (!segments.some((s) => s.id === target.segmentId)) setChosen((t) => ({ ...t, segmentId: segments[0]?.id ?? NEW }));
  }, [target.draftId, drafts]);
  // Once the user is on the picker, a drafts list arriving late must not change what it shows under them.
  const hold = () => {
    picked.current = true;
  };
  return { drafts, draft, target, setTarget, hold };
}

/**
 * What a write to a target did, for `Outcome`: on success `text` says what was done ("Added Fans to") and
 * `place` where; on failure `error` says why (`text` is then the store's English message).
 */
export interface TargetOutcome {
  ok: boolean;
  text: string;
  href?: string;
  place?: { draft: string; segment: string; segmentNumber: number };
  error?: StoreError;
}

/**
 * Applies `change` to the chosen segment (creating the draft or segment first when "new" is chosen), as one
 * read-modify-write that survives another window saving meanwhile. A new draft or segment is left unnamed:
 * the panel names it in the reader's language ("Untitled draft", "Segment 2"), so stored data has no words.
 */
export async function writeToTarget(
  store: DraftStore,
  target: SegmentTarget,
  change: (content: DraftContent, segmentId: string) => DraftContent,
  what: string,
): Promise<TargetOutcome> {
  let draftId = target.draftId;
  if (draftId === NEW) {
    const created = await store.create();
    if (!created.ok) return { ok: false, text: created.error.message, error: created.error };
    draftId = created.value.id;
  }
  let segmentId = target.segmentId;
  const saved = await store.modify(draftId, (content) => {
    let next = content;
    if (!next.segments.some((s) => s.id === segmentId)) {
      next = addSegment(next, target.newSegmentName.trim());
      segmentId = next.segments[next.segments.length - 1]!.id;
    }
    return change(next, segmentId);
  });
  if (!saved.ok) return { ok: false, text: saved.error.message, error: saved.error };
  const index = saved.value.segments.findIndex((s) => s.id === segmentId);
  const place = { draft: saved.value.title, segment: saved.value.segments[index]?.name ?? '', segmentNumber: index + 1 };
  return { ok: true, text: what, place, href: routeHash({ view: 'draft', id: draftId }) };
}

/** What a write to a target did, in the panel's language, with a link to the draft. */
export function Outcome({ result }: { result: TargetOutcome | undefined }) {
  if (!result) return null;
  return (
    <DraftsText>
      <OutcomeText result={result} />
    </DraftsText>
  );
}

function OutcomeText({ result }: { result: TargetOutcome }) {
  const t = useDraftsText();
  const { place, error } = result;
  const text = error
    ? storeErrorText(error, t)
    : place
      ? t('target.done', {
        what: result.text,
        draft: place.draft || t('list.untitled'),
        segment: place.segment || t('target.segmentNumber', { number: place.segmentNumber }),
      })
      : result.text;
  return (
    <p class={`notice ${result.ok ? '' : 'error'}`} role={result.ok ? 'status' : 'alert'}>
      {text} {result.href && <a href={result.href}>{t('target.open')}</a>}
    </p>
  );
}

/** The draft and segment pickers, in the panel's language wherever another area shows them. */
export function SegmentTargetFields(props: ReturnType<typeof useSegmentTarget>) {
  return (
    <DraftsText>
      <TargetFields {...props} />
    </DraftsText>
  );
}

function TargetFields({ drafts, draft, target, setTarget, hold }: ReturnType<typeof useSegmentTarget>) {
  const t = useDraftsText();
  return (
    <>
      <label class="field">
        <span>{t('target.draft')}</span>
        <select value={target.draftId} onFocus={hold} onChange={(e) => setTarget({ ...target, draftId: e.currentTarget.value })}>
          {drafts.map((d) => <option key={d.id} value={d.id}>{d.title || t('list.untitled')}</option>)}
          <option value={NEW}>{t('list.new')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('target.segment')}</span>
        <select value={target.segmentId} onChange={(e) => setTarget({ ...target, segmentId: e.currentTarget.value })}>
          {draft?.segments.map((s, i) => <option key={s.id} value={s.id}>{s.name || t('target.segmentNumber', { number: i + 1 })}</option>)}
          <option value={NEW}>{t('target.newSegment')}</option>
        </select>
      </label>
      {target.segmentId === NEW && (
        <label class="field">
          <span>{t('target.newSegmentName')}</span>
          <input value={target.newSegmentName} onInput={(e) => setTarget({ ...target, newSegmentName: e.currentTarget.value })} />
        </label>
      )}
    </>
  );
}
