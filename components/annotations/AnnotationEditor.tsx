import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PHASE_IDS, type PhaseId } from '../../lib/catalogue/ids';
import type { Annotation } from '../../lib/model/annotation';
import { parseTags } from '../../lib/model/annotation-list';
import { addEvidence } from '../../lib/model/edit';
import { evidenceFrom, textFragmentUrl } from '../../lib/model/evidence';
import { refreshReaderFor } from '../../lib/platform/reader';
import type { AnnotationStore } from '../../lib/store/annotations';
import type { DraftStore } from '../../lib/store/drafts';
import { Outcome } from '../drafts/AddToDraft';
import { SegmentTargetFields, useSegmentTarget, writeToTarget } from '../drafts/SegmentTarget';
import { useStoreChanges } from '../drafts/useStore';
import { useI18n } from '../i18n';
import { routeHash } from '../sidepanel/route';
import { AnnotationsText, useAnnotationErrorText, useAnnotationsText } from './text';


/** Tags, phase and note of one annotation, and "Use as evidence" in a draft. */
export function AnnotationEditor(props: EditorProps) {
  return <AnnotationsText><Editor {...props} /></AnnotationsText>;
}

interface EditorProps {
  store: AnnotationStore;
  drafts: DraftStore;
  id: string;
}

function Editor({ store, drafts, id }: EditorProps) {
  const t = useAnnotationsText();
  const errorText = useAnnotationErrorText();
  const { t: core, types: relationshipTypes } = useI18n();
  const [annotation, setAnnotation] = useState<Annotation | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [types, setTypes] = useState<string[]>([]);
  const [phase, setPhase] = useState<PhaseId | ''>('');
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async () => {
    const result = await store.get(id);
    if (!result.ok) return setError(errorText(result.error));
    const a = result.value;
    setAnnotation(a);
    setTypes(a.types);
    setPhase(a.phase ?? '');
    setTags(a.tags.join(', '));
    setNote(a.note);
  };
  useEffect(() => void load(), [store, id]);
  useLayoutEffect(() => heading.current?.focus(), [annotation === undefined]);
  // Another window changed it: show the change unless this form has edits of its own.
  useStoreChanges((change) => {
    if (change.annotations?.some((a) => a.id === id) && annotation && !dirty()) void load();
  }, [annotation, types, phase, tags, note]);

  const dirty = () =>
    !!annotation && (types.join() !== annotation.types.join() || phase !== (annotation.phase ?? '') || tags !== annotation.tags.join(', ') || note !== annotation.note);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!annotation) return;
    const result = await store.edit(id, { types, phase: phase || undefined, tags: parseTags(tags), note }, annotation.rev);
    if (!result.ok) return setError(errorText(result.error));
    setError(undefined);
    setAnnotation(result.value);
    setTags(result.value.tags.join(', '));
    setSaved(t('editor.saved'));
    void refreshReaderFor(result.value.url);
  };

  if (error && !annotation) return <p class="notice error" role="alert">{error} <a href={routeHash({ view: 'annotations' })}>{t('editor.all')}</a></p>;
  if (!annotation) return <p class="muted">{t('all.loading')}</p>;

  return (
    <section class="annotation-editor" aria-labelledby="annotation-heading">
      <p class="small"><a href={routeHash({ view: 'annotations' })}>{t('editor.back')}</a></p>
      <h2 id="annotation-heading" ref={heading} tabIndex={-1}>{t('editor.heading')}</h2>
      <blockquote>{annotation.quote.exact}</blockquote>
      <p class="small muted">
        {t('editor.from')} <a href={textFragmentUrl(annotation.url, annotation.quote.exact, annotation.quote.prefix, annotation.quote.suffix)} target="_blank" rel="noopener noreferrer">{annotation.title || annotation.url}</a>
      </p>
      <form onSubmit={save} onInput={() => setSaved(undefined)}>
        <fieldset class="type-tags">
          <legend>{t('editor.types')}</legend>
          {relationshipTypes.map((type) => (
            <label key={type.id} class="check">
              <input type="checkbox" checked={types.includes(type.id)}
                onChange={(e) => setTypes(e.currentTarget.checked ? [...types, type.id] : types.filter((x) => x !== type.id))} />
              {type.name}
            </label>
          ))}
        </fieldset>
        <fieldset class="phase-tags">
          <legend>{t('editor.phase')}</legend>
          {(['', ...PHASE_IDS] as const).map((p) => (
            <label key={p || 'none'} class="check">
              <input type="radio" name="phase" value={p} checked={phase === p} onChange={() => setPhase(p)} />
              {p ? core(`phase.${p}`) : t('editor.noPhase')}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>{t('editor.tags')}</span>
          <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('editor.note')}</span>
          <textarea rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">{t('editor.save')}</button>
        {saved && <span class="small" role="status"> {saved}</span>}
        {error && <p class="notice error" role="alert">{error}</p>}
      </form>
      <UseAsEvidence drafts={drafts} annotation={annotation} defaultPhase={phase || 'get'} />
    </section>
  );
}

/** Quotes the passage (with its link) in a draft's segment, under one phase of the grid. */
function UseAsEvidence({ drafts, annotation, defaultPhase }: { drafts: DraftStore; annotation: Annotation; defaultPhase: PhaseId }) {
  const t = useAnnotationsText();
  const { t: core } = useI18n();
  const picker = useSegmentTarget(drafts);
  const [phase, setPhase] = useState<PhaseId>(defaultPhase);
  const [result, setResult] = useState<{ ok: boolean; text: string; href?: string } | undefined>();
  useEffect(() => setPhase(defaultPhase), [defaultPhase]);
  const add = async () =>
    setResult(await writeToTarget(drafts, picker.target, (c, sid) => addEvidence(c, sid, evidenceFrom(annotation, phase)), t('evidence.added', { phase: core(`phase.${phase}`) })));
  return (
    <div class="add-to-draft" role="group" aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">{t('evidence.heading')}</h3>
      <SegmentTargetFields {...picker} />
      <label class="field">
        <span>{t('editor.phase')}</span>
        <select value={phase} onChange={(e) => setPhase(e.currentTarget.value as PhaseId)}>
          {PHASE_IDS.map((p) => <option key={p} value={p}>{core(`phase.${p}`)}</option>)}
        </select>
      </label>
      <button type="button" class="primary" onClick={add}>{t('evidence.add')}</button>
      <Outcome result={result} />
    </div>
  );
}
