import { useState } from 'preact/hooks';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { addType } from '../../lib/model/edit';
import type { DraftStore } from '../../lib/store/drafts';
import { Outcome, SegmentTargetFields, useSegmentTarget, writeToTarget, type TargetOutcome } from './SegmentTarget';
import { useDraftsText } from './text';

// Other areas (advisor, annotations) import the outcome line from here.
export { Outcome };

/** "Add to draft…": puts a catalogue type into a segment of a draft, creating either if needed. */
export function AddToDraft({ store, type }: { store: DraftStore; type: RelationshipType }) {
  const t = useDraftsText();
  const picker = useSegmentTarget(store);
  const [rationale, setRationale] = useState('');
  const [result, setResult] = useState<TargetOutcome | undefined>();

  const add = async () =>
    setResult(await writeToTarget(store, picker.target, (c, sid) => addType(c, sid, type.id, rationale.trim()), t('add.done', { type: type.name })));

  return (
    <div class="add-to-draft" role="group" aria-label={t('add.label', { type: type.name })}>
      <SegmentTargetFields {...picker} />
      <label class="field">
        <span>{t('add.why')}</span>
        <textarea rows={2} value={rationale} onInput={(e) => setRationale(e.currentTarget.value)} />
      </label>
      <button type="button" class="primary" onClick={add}>{t('add.button', { type: type.name })}</button>
      <Outcome result={result} />
    </div>
  );
}
