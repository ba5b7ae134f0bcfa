import { useState } from 'preact/hooks';
import type { ImportPlan, ReviewDecision } from '../../lib/exchange/import';
import { MAX_IMPORT_BYTES } from '../../lib/exchange/envelope';
import type { Language } from '../../lib/i18n/languages';
import { useI18n } from '../i18n';
import { routeHash } from '../sidepanel/route';
import { loadProblemWords } from './problem-words';
import { useExchangeText } from './text';
import type { StoreError } from '../../lib/store/errors';
import { storeErrorText } from '../drafts/store-words';
import { useDraftsText } from '../drafts/text';

type Counts = { notMine: number; add: number; copy: number; here: number };
type State =
  | { step: 'idle' }
  | { step: 'problems'; file: string; problems: string[] }
  | { step: 'preview'; file: string; plan: ImportPlan; counts: Counts }
  | { step: 'done'; drafts: number; merged: number; annotations: number; links: { href: string; title: string }[] };

const DECISIONS = [
  { value: 'merge', label: 'import.merge' },
  { value: 'copy', label: 'import.asCopy' },
  { value: 'skip', label: 'import.skipIt' },
] as const satisfies readonly { value: ReviewDecision; label: string }[];

// Reading and writing an import load with the first file chosen: most visits to this view only export.
const importCode = () => Promise.all([import('../../lib/exchange/import'), import('../../lib/exchange/json-text'), import('../../lib/store/imports')]);

/** Reads the file against what is stored: a plan to preview, or every problem with its path. Writes nothing. */
async function preview(file: File, lang: Language, storeText: (error: StoreError<unknown>) => string): Promise<State> {
  const [[{ readImport, planCounts }, { sizeProblem }, { ImportStore }], words] = await Promise.all([importCode(), loadProblemWords(lang)]);
  const tooBig = sizeProblem(file.size, words);
  if (tooBig) return { step: 'problems', file: file.name, problems: [tooBig] };
  const fileWord = words.t('where.file');
  const opened = await ImportStore.open();
  if (!opened.ok) return { step: 'problems', file: file.name, problems: [`${fileWord}: ${storeText(opened.error)}`] };
  try {
    const existing = await opened.value.existing();
    if (!existing.ok) return { step: 'problems', file: file.name, problems: [`${fileWord}: ${storeText(existing.error)}`] };
    const read = readImport(new Uint8Array(await file.arrayBuffer()), existing.value, { words });
    if (!read.ok) return { step: 'problems', file: file.name, problems: read.problems };
    const { drafts, annotations } = planCounts(read.plan);
    return { step: 'preview', file: file.name, plan: read.plan, counts: { notMine: drafts['not-mine'], add: annotations.add, copy: annotations.copy, here: annotations['skip-duplicate'] } };
  } finally {
    opened.value.close();
  }
}

/**
 * Import (file picker or drag and drop): validated in full, previewed, written all at once after the user
 * confirms. A review of one of the user's drafts is merged only when the user says so.
 */
export function ImportPanel() {
  const t = useExchangeText();
  const drafts = useDraftsText();
  const { lang } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [reviews, setReviews] = useState<Record<string, ReviewDecision>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setBusy(true);
    const next = await preview(file, lang, (error) => storeErrorText(error, drafts));
    setBusy(false);
    setState(next);
    if (next.step === 'preview') {
      setReviews(Object.fromEntries(next.plan.drafts.filter((d) => d.action === 'review').map((d) => [d.draft.id, 'merge' as const])));
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    const [[{ planWrites }, , { ImportStore }]] = await Promise.all([importCode()]);
    const opened = await ImportStore.open();
    if (!opened.ok) {
      setBusy(false);
      return setError(storeErrorText(opened.error, drafts));
    }
    const result = await opened.value.apply(planWrites(state.plan, { reviews }));
    opened.value.close();
    setBusy(false);
    if (!result.ok) {
      const { error } = result;
      if (error.kind === 'changed') return setError(t('import.changed'));
      return setError(error.kind === 'invalid' ? t('import.notImported', { problem: error.problems[0] ?? '' }) : storeErrorText(error, drafts));
    }
    const { added, merged, annotations } = result.value;
    const titleOf = (id: string) => state.plan.drafts.find((d) => (d.action === 'review' ? d.draft.id === id || d.asCopy.id === id : d.draft.id === id));
    const links = [...added, ...merged].map((id) => {
      const item = titleOf(id);
      const title = item ? (item.action === 'review' && item.asCopy.id === id ? item.asCopy.title : item.draft.title) : t('import.draft');
      return { href: routeHash({ view: 'draft', id }), title };
    });
    setState({ step: 'done', drafts: added.length, merged: merged.length, annotations: annotations.length, links });
  };

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">{t('import.heading')}</h3>
      <p class="small muted">{t('import.about', { limit: MAX_IMPORT_BYTES / (1024 * 1024) })}</p>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void take(e.dataTransfer?.files[0]); }}
      >
        <label class="field">
          <span>{t('import.choose')}</span>
          <input type="file" accept=".json,application/json" disabled={busy}
            onChange={(e) => { void take(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
        </label>
      </div>
      {busy && <p class="muted" role="status">{t('import.checking')}</p>}
      {error && <p class="notice error" role="alert">{error}</p>}

      {state.step === 'problems' && (
        <div class="notice error" role="alert">
          <p>{t('import.refused', { file: state.file, problems: t('import.problems', { count: state.problems.length }) })}</p>
          <ul class="problems">{state.problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>
        </div>
      )}

      {state.step === 'preview' && (() => {
        const { counts } = state;
        return (
          <section class="notice" aria-labelledby="preview-heading">
            <h4 id="preview-heading">{t('import.preview', { file: state.file })}</h4>
            <ul class="preview">
              {state.plan.drafts.filter((d) => d.action !== 'not-mine').map((d) => (
                <li key={d.draft.id}>
                  {d.action === 'add' && t('import.new', { title: d.draft.title })}
                  {d.action === 'copy' && t('import.copy', { title: d.draft.title })}
                  {d.action === 'skip' && t('import.skip', { title: d.draft.title })}
                  {d.action === 'review' && (
                    <fieldset>
                      <legend>
                        {t(d.resolvedComments ? 'import.reviewResolved' : 'import.review', { title: d.ours.title, comments: t('import.newComments', { count: d.addedComments }), resolved: d.resolvedComments })}
                      </legend>
                      {d.textDiffers && <p class="small">{t('import.textDiffers')}</p>}
                      {d.ours.deletedAt && <p class="small">{t('import.inTrash')}</p>}
                      {DECISIONS.map((option) => (
                        <label key={option.value} class="check">
                          <input type="radio" name={`review-${d.draft.id}`} checked={reviews[d.draft.id] === option.value}
                            onChange={() => setReviews({ ...reviews, [d.draft.id]: option.value })} />
                          {t(option.label)}
                        </label>
                      ))}
                    </fieldset>
                  )}
                </li>
              ))}
            </ul>
            {counts.notMine > 0 && <p class="small">{t('import.notMine', { count: counts.notMine })}</p>}
            {state.plan.annotations.length > 0 && (
              <p class="small">
                {t(counts.copy ? (counts.here ? 'import.annotationsBoth' : 'import.annotationsCopies') : counts.here ? 'import.annotationsHere' : 'import.annotations',
                  { count: counts.add, copies: counts.copy, here: counts.here })}
              </p>
            )}
            <div class="row-actions">
              <button type="button" class="primary" onClick={confirm} disabled={busy}>{t('import.confirm')}</button>
              <button type="button" onClick={() => setState({ step: 'idle' })}>{t('import.cancel')}</button>
            </div>
          </section>
        );
      })()}

      {state.step === 'done' && (
        <p class="notice" role="status">
          {t(state.merged ? 'import.doneMerged' : 'import.done', {
            drafts: t('export.drafts', { count: state.drafts }),
            reviews: t('import.reviews', { count: state.merged }),
            annotations: t('export.annotations', { count: state.annotations }),
          })}{' '}
          {state.links.map((l) => <a key={l.href} href={l.href}>{t('import.open', { title: l.title })} </a>)}
        </p>
      )}
    </section>
  );
}
