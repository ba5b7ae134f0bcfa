import { useState } from 'preact/hooks';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { addType } from '../../lib/model/edit';
import type { DraftStore } from '../../lib/store/drafts';
import { SegmentTargetFields, useSegmentTarget, writeToTarget } from './SegmentTarget';

/** "Add to draft…": puts a catalogue type into a segment of a draft, creating either if needed. */
export function AddToDraft({ store, type }: { store: DraftStore; type: RelationshipType }) {
  const picker = useSegmentTarget(store);
  const [rationale, setRationale] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string; href?: string } | undefined>();

  const add = async () =>
    setResult(await writeToTarget(store, picker.target, (c, sid) => addType(c, sid, type.id, rationale.trim()), `Added ${type.name} to`));

  return (
    <div class="add-to-draft" role="group" aria-label={`Add ${type.name} to a draft`}>
      <SegmentTargetFields {...picker} />
      <label class="field">
        <span>Why this type (optional)</span>
        <textarea rows={2} value={rationale} onInput={(e) => setRationale(e.currentTarget.value)} />
      </label>
      <button type="button" class="primary" onClick={add}>Add {type.name}</button>
      <Outcome result={result} />
    </div>
  );
}

export function Outcome({ result }: { result: { ok: boolean; text: string; href?: string } | undefined }) {
  if (!result) return null;
  return (
    <p class={`notice ${result.ok ? '' : 'error'}`} role={result.ok ? 'status' : 'alert'}>
      {result.text} {result.href && <a href={result.href}>Open draft</a>}
    </p>
  );
}
