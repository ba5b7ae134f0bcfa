import { useEffect, useState } from 'preact/hooks';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { addSegment, addType } from '../../lib/model/edit';
import { contentOf, type Draft } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';

const NEW = '__new__';

/** "Add to draft…": puts a catalogue type into a segment of a draft, creating either if needed. */
export function AddToDraft({ store, type }: { store: DraftStore; type: RelationshipType }) {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [draftId, setDraftId] = useState(NEW);
  const [segmentId, setSegmentId] = useState(NEW);
  const [segmentName, setSegmentName] = useState('');
  const [rationale, setRationale] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string; href?: string } | undefined>();

  useEffect(() => {
    void store.list().then((r) => {
      if (!r.ok) return;
      setDrafts(r.value.items);
      if (r.value.items[0]) setDraftId(r.value.items[0].id);
    });
  }, [store]);
  const draft = drafts.find((d) => d.id === draftId);
  useEffect(() => setSegmentId(draft?.segments[0]?.id ?? NEW), [draftId, drafts]);

  const add = async () => {
    let target = draft;
    if (!target) {
      const created = await store.create({ title: 'Untitled draft' });
      if (!created.ok) return setResult({ ok: false, text: created.error.message });
      target = created.value;
    }
    // Re-read and retry once if another window saved in between: the store refuses stale writes.
    for (let attempt = 0; attempt < 2; attempt++) {
      const fresh = await store.get(target.id);
      if (!fresh.ok) return setResult({ ok: false, text: fresh.error.message });
      let content = contentOf(fresh.value);
      let sid = segmentId;
      if (sid === NEW || !content.segments.some((s) => s.id === sid)) {
        content = addSegment(content, segmentName.trim() || 'New segment');
        sid = content.segments[content.segments.length - 1]!.id;
      }
      content = addType(content, sid, type.id, rationale.trim());
      const saved = await store.save(fresh.value.id, content, fresh.value.rev);
      if (saved.ok) {
        const seg = saved.value.segments.find((s) => s.id === sid);
        return setResult({ ok: true, text: `Added ${type.name} to “${saved.value.title}” › ${seg?.name ?? 'segment'}.`, href: `#/draft/${saved.value.id}` });
      }
      if (saved.error.kind !== 'conflict') return setResult({ ok: false, text: saved.error.message });
    }
    setResult({ ok: false, text: 'The draft kept changing in another window; try again.' });
  };

  return (
    <div class="add-to-draft" role="group" aria-label={`Add ${type.name} to a draft`}>
      <label class="field">
        <span>Draft</span>
        <select value={draftId} onChange={(e) => setDraftId(e.currentTarget.value)}>
          {drafts.map((d) => <option key={d.id} value={d.id}>{d.title || 'Untitled draft'}</option>)}
          <option value={NEW}>New draft</option>
        </select>
      </label>
      <label class="field">
        <span>Segment</span>
        <select value={segmentId} onChange={(e) => setSegmentId(e.currentTarget.value)}>
          {draft?.segments.map((s, i) => <option key={s.id} value={s.id}>{s.name || `Segment ${i + 1}`}</option>)}
          <option value={NEW}>New segment</option>
        </select>
      </label>
      {segmentId === NEW && (
        <label class="field">
          <span>New segment name</span>
          <input value={segmentName} onInput={(e) => setSegmentName(e.currentTarget.value)} />
        </label>
      )}
      <label class="field">
        <span>Why this type (optional)</span>
        <textarea rows={2} value={rationale} onInput={(e) => setRationale(e.currentTarget.value)} />
      </label>
      <button type="button" class="primary" onClick={add}>Add {type.name}</button>
      {result && (
        <p class={`notice ${result.ok ? '' : 'error'}`} role={result.ok ? 'status' : 'alert'}>
          {result.text} {result.href && <a href={result.href}>Open draft</a>}
        </p>
      )}
    </div>
  );
}
