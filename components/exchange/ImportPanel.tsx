import { useState } from 'preact/hooks';
import { MAX_IMPORT_LABEL } from '../../lib/exchange/envelope';
import { planCounts, planWrites, readImport, type ImportPlan, type ReviewDecision } from '../../lib/exchange/import';
import { sizeProblem } from '../../lib/exchange/json-text';
import { ImportStore } from '../../lib/store/imports';
import { plural } from '../drafts/format';
import { routeHash } from '../sidepanel/route';

type State =
  | { step: 'idle' }
  | { step: 'problems'; file: string; problems: string[] }
  | { step: 'preview'; file: string; plan: ImportPlan }
  | { step: 'done'; text: string; links: { href: string; label: string }[] };

const DECISIONS: { value: ReviewDecision; label: string }[] = [
  { value: 'merge', label: 'Add the comments to my draft' },
  { value: 'copy', label: 'Import it as a separate copy' },
  { value: 'skip', label: 'Skip it' },
];

/** Reads the file against what is stored: a plan to preview, or every problem with its path. Writes nothing. */
async function preview(file: File): Promise<State> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { step: 'problems', file: file.name, problems: [tooBig] };
  const opened = await ImportStore.open();
  if (!opened.ok) return { step: 'problems', file: file.name, problems: [`file: ${opened.error.message}`] };
  try {
    const existing = await opened.value.existing();
    if (!existing.ok) return { step: 'problems', file: file.name, problems: [`file: ${existing.error.message}`] };
    const read = readImport(new Uint8Array(await file.arrayBuffer()), existing.value);
    return read.ok ? { step: 'preview', file: file.name, plan: read.plan } : { step: 'problems', file: file.name, problems: read.problems };
  } finally {
    opened.value.close();
  }
}

/**
 * Import (file picker or drag and drop): validated in full, previewed, written all at once after the user
 * confirms. A review of one of the user's drafts is merged only when the user says so.
 */
export function ImportPanel() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [reviews, setReviews] = useState<Record<string, ReviewDecision>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setBusy(true);
    const next = await preview(file);
    setBusy(false);
    setState(next);
    if (next.step === 'preview') {
      setReviews(Object.fromEntries(next.plan.drafts.filter((d) => d.action === 'review').map((d) => [d.draft.id, 'merge' as const])));
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    const opened = await ImportStore.open();
    if (!opened.ok) {
      setBusy(false);
      return setError(opened.error.message);
    }
    const result = await opened.value.apply(planWrites(state.plan, { reviews }));
    opened.value.close();
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const { added, merged, annotations } = result.value;
    const titleOf = (id: string) => state.plan.drafts.find((d) => (d.action === 'review' ? d.draft.id === id || d.asCopy.id === id : d.draft.id === id));
    const links = [...added, ...merged].map((id) => {
      const item = titleOf(id);
      const title = item ? (item.action === 'review' && item.asCopy.id === id ? item.asCopy.title : item.draft.title) : 'draft';
      return { href: routeHash({ view: 'draft', id }), label: `Open “${title}”` };
    });
    setState({
      step: 'done',
      text: `Imported ${plural(added.length, 'draft')}${merged.length ? `, merged ${plural(merged.length, 'review')}` : ''} and ${plural(annotations.length, 'annotation')}.`,
      links,
    });
  };

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Import</h3>
      <p class="small muted">
        Files exported as JSON by this extension (a draft, a coach's review, a backup), up to {MAX_IMPORT_LABEL}. The whole file is
        checked first; nothing is written until you confirm, and then everything is written at once or nothing is.
      </p>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void take(e.dataTransfer?.files[0]); }}
      >
        <label class="field">
          <span>Choose a file to import (or drop it here)</span>
          <input type="file" accept=".json,application/json" disabled={busy}
            onChange={(e) => { void take(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
        </label>
      </div>
      {busy && <p class="muted" role="status">Checking…</p>}
      {error && <p class="notice error" role="alert">{error}</p>}

      {state.step === 'problems' && (
        <div class="notice error" role="alert">
          <p>“{state.file}” was not imported, and nothing changed. {plural(state.problems.length, 'problem')}:</p>
          <ul class="problems">{state.problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>
        </div>
      )}

      {state.step === 'preview' && (() => {
        const counts = planCounts(state.plan);
        return (
          <section class="notice" aria-labelledby="preview-heading">
            <h4 id="preview-heading">Preview of “{state.file}”</h4>
            <ul class="preview">
              {state.plan.drafts.filter((d) => d.action !== 'not-mine').map((d) => (
                <li key={d.draft.id}>
                  {d.action === 'add' && <>New draft “{d.draft.title}”</>}
                  {d.action === 'copy' && <>“{d.draft.title}” — added as a copy: a different draft with the same id is already here</>}
                  {d.action === 'skip' && <>“{d.draft.title}” — already here, unchanged: skipped</>}
                  {d.action === 'review' && (
                    <fieldset>
                      <legend>Review of “{d.ours.title}”: {plural(d.addedComments, 'new comment')}{d.resolvedComments ? `, ${d.resolvedComments} resolved` : ''}</legend>
                      {d.textDiffers && <p class="small">The file's text differs from yours; merging keeps your text and adds only the comments.</p>}
                      {d.ours.deletedAt && <p class="small">Your draft is in the trash; merging keeps it there.</p>}
                      {DECISIONS.map((option) => (
                        <label key={option.value} class="check">
                          <input type="radio" name={`review-${d.draft.id}`} checked={reviews[d.draft.id] === option.value}
                            onChange={() => setReviews({ ...reviews, [d.draft.id]: option.value })} />
                          {option.label}
                        </label>
                      ))}
                    </fieldset>
                  )}
                </li>
              ))}
            </ul>
            {counts.drafts['not-mine'] > 0 && (
              <p class="small">{plural(counts.drafts['not-mine'], 'other draft')} in this file {counts.drafts['not-mine'] === 1 ? 'is' : 'are'} not yours (the coach's file holds the whole class): left out.</p>
            )}
            {state.plan.annotations.length > 0 && (
              <p class="small">
                Annotations: {counts.annotations.add} new
                {counts.annotations.copy ? `, ${counts.annotations.copy} as copies` : ''}
                {counts.annotations['skip-duplicate'] ? `, ${counts.annotations['skip-duplicate']} already here` : ''}.
              </p>
            )}
            <div class="row-actions">
              <button type="button" class="primary" onClick={confirm} disabled={busy}>Import</button>
              <button type="button" onClick={() => setState({ step: 'idle' })}>Cancel</button>
            </div>
          </section>
        );
      })()}

      {state.step === 'done' && (
        <p class="notice" role="status">
          {state.text} {state.links.map((l) => <a key={l.href} href={l.href}>{l.label} </a>)}
        </p>
      )}
    </section>
  );
}
