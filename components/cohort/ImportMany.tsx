import { useEffect, useRef, useState } from 'preact/hooks';
import type { BatchPlan } from '../../lib/exchange/batch';
import { MAX_IMPORT_LABEL } from '../../lib/exchange/envelope';
import { sizeProblem } from '../../lib/exchange/json-text';
// Limits repeated from lib/exchange/zip.ts, which is loaded (with the zip library) only once files are chosen.
const MAX_ZIP_BYTES = 25 * 1024 * 1024;
const MAX_ZIP_LABEL = '25 MB';
const loadBatch = () => import('../../lib/exchange/batch');
import type { Cohort } from '../../lib/model/cohort';
import { newId } from '../../lib/model/draft';
import { measureSince } from '../../lib/perf';
import type { CohortStore } from '../../lib/store/cohorts';
import { ok } from '../../lib/store/errors';
import { ImportStore } from '../../lib/store/imports';
import { plural } from '../drafts/format';
import { droppedFiles, pickedFiles, type NamedFile } from './dropped';
import { routeHash } from '../sidepanel/route';

type State =
  | { step: 'idle' }
  | { step: 'preview'; batch: BatchPlan; counts: Counts; suggestedName: string }
  | { step: 'done'; cohortId: string; imported: number; failed: { name: string; message: string }[] };

const NEW = '';
type Counts = ReturnType<typeof import('../../lib/exchange/batch').batchCounts>;

/** Files as bytes; ones too big to be an export are refused by name without being read. */
async function readFiles(files: readonly NamedFile[]): Promise<{ inputs: { name: string; bytes: Uint8Array }[]; tooBig: { name: string; problem: string }[] }> {
  const inputs: Promise<{ name: string; bytes: Uint8Array }>[] = [];
  const tooBig: { name: string; problem: string }[] = [];
  for (const { name, file } of files) {
    const isZip = /\.zip$/i.test(file.name);
    const problem = isZip
      ? file.size > MAX_ZIP_BYTES ? `file: the zip is larger than ${MAX_ZIP_LABEL}. Split the class into smaller zips.` : undefined
      : sizeProblem(file.size);
    if (problem) tooBig.push({ name, problem });
    // Asked for all at once: waiting for each file before asking for the next costs a round trip per file.
    else inputs.push(file.arrayBuffer().then((buffer) => ({ name, bytes: new Uint8Array(buffer) })));
  }
  return { inputs: await Promise.all(inputs), tooBig };
}

/**
 * Importing a class: many files (picked or dropped) and zips of them, one preview for all, each file written
 * on its own and all of it or none; valid files go in while broken ones are refused with their problems.
 */
export function ImportMany({ store, cohorts, onImported }: { store: CohortStore; cohorts: readonly Cohort[]; onImported(): void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [target, setTarget] = useState(NEW);
  const [name, setName] = useState('');
  // The connection the preview was planned with, kept until the coach imports or cancels: opening one costs
  // about as much as writing a few files.
  const connection = useRef<ImportStore | undefined>(undefined);
  const release = () => {
    connection.current?.close();
    connection.current = undefined;
  };
  useEffect(() => release, []);

  const take = async (chosen: Promise<{ files: NamedFile[]; skipped: number }> | { files: NamedFile[]; skipped: number }) => {
    const { files, skipped } = await chosen;
    if (!files.length) {
      if (skipped) setError(`No .json or .zip file among the ${plural(skipped, 'file')} chosen.`);
      return;
    }
    setError(undefined);
    setBusy(true);
    const started = performance.now();
    try {
      release();
      const [{ inputs, tooBig }, { openBatch, planBatch, batchCounts }, opened] = await Promise.all([readFiles(files), loadBatch(), ImportStore.open()]);
      if (!opened.ok) return setError(opened.error.message);
      connection.current = opened.value;
      // Files are read and checked first, so only the records they name are read from the profile.
      const read = openBatch(inputs);
      const existing = await opened.value.existing(read.ids);
      if (!existing.ok) return setError(existing.error.message);
      const batch = planBatch(read, existing.value);
      batch.files.unshift(...tooBig.map((t) => ({ name: t.name, status: 'refused' as const, problems: [t.problem] })));
      if (skipped) batch.skipped.push(`${plural(skipped, 'file')} in the folder that are not .json or .zip, left out`);
      const zip = files.find((f) => /\.zip$/i.test(f.file.name));
      const folder = files.find((f) => f.name.includes('/'))?.name.split('/')[0];
      const suggestedName = zip ? zip.file.name.replace(/\.zip$/i, '') : folder ?? `Class of ${new Date().toLocaleDateString()}`;
      setName(suggestedName);
      setState({ step: 'preview', batch, counts: batchCounts(batch), suggestedName });
      measureSince('crc:class-preview', started);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    setError(undefined);
    const started = performance.now();
    try {
      let cohort: Cohort | undefined = cohorts.find((c) => c.id === target);
      if (!cohort) {
        const at = new Date().toISOString();
        const trimmed = name.trim() || state.suggestedName;
        cohort = { id: newId(), name: trimmed.slice(0, 200), createdAt: at, updatedAt: at };
      } else {
        const { size: _size, ...record } = cohort as Cohort & { size?: number };
        cohort = record;
      }
      const [{ batchWrites }, opened] = await Promise.all([loadBatch(), connection.current ? ok(connection.current) : ImportStore.open()]);
      connection.current = undefined;
      if (!opened.ok) return setError(opened.error.message);
      let imported = 0;
      const failed: { name: string; message: string }[] = [];
      try {
        // One transaction per file: a file that fails leaves the others written and itself not at all.
        const files = batchWrites(state.batch, cohort, { now: new Date() });
        const results = await opened.value.applyEach(files.map((f) => f.writes));
        results.forEach((result, i) => {
          if (result.ok) imported++;
          else failed.push({ name: files[i]!.name, message: result.error.message });
        });
      } finally {
        opened.value.close();
      }
      setState({ step: 'done', cohortId: cohort.id, imported, failed });
      measureSince('crc:class-import', started);
      onImported();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="import-many-heading">
      <h3 id="import-many-heading">Import a class</h3>
      <p class="small muted">
        Choose or drop several exported .json files, a folder of them, or zips of them (up to {MAX_IMPORT_LABEL} a file, {MAX_ZIP_LABEL} a zip). Every file
        is checked first; a broken file is refused on its own and the others can still be imported.
      </p>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); if (e.dataTransfer) void take(droppedFiles(e.dataTransfer)); }}
      >
        <label class="field">
          <span>Choose files or zips to import (or drop them here)</span>
          <input type="file" multiple accept=".json,application/json,.zip,application/zip" disabled={busy}
            onChange={(e) => { void take(pickedFiles(e.currentTarget.files)); e.currentTarget.value = ''; }} />
        </label>
        <label class="field">
          <span>Or choose a folder (or drop one here)</span>
          <input type="file" {...{ webkitdirectory: true }} disabled={busy}
            onChange={(e) => { void take(pickedFiles(e.currentTarget.files)); e.currentTarget.value = ''; }} />
        </label>
      </div>
      {busy && <p class="muted" role="status">Checking…</p>}
      {error && <p class="notice error" role="alert">{error}</p>}
      {state.step === 'preview' && <Preview counts={state.counts} batch={state.batch} busy={busy} cohorts={cohorts} target={target} setTarget={setTarget} name={name} setName={setName}
        onConfirm={confirm} onCancel={() => { release(); setState({ step: 'idle' }); }} />}
      {state.step === 'done' && (
        <div class="notice" role="status">
          <p>Imported {plural(state.imported, 'file')}. <a href={routeHash({ view: 'cohort', id: state.cohortId })}>Open the cohort</a></p>
          {state.failed.length > 0 && (
            <ul class="problems">{state.failed.map((f) => <li key={f.name}>“{f.name}” was not imported: {f.message}</li>)}</ul>
          )}
        </div>
      )}
    </section>
  );
}

function Preview({ counts, batch, busy, cohorts, target, setTarget, name, setName, onConfirm, onCancel }: {
  counts: Counts; batch: BatchPlan; busy: boolean; cohorts: readonly Cohort[]; target: string; setTarget(id: string): void; name: string; setName(name: string): void;
  onConfirm(): void; onCancel(): void;
}) {
  return (
    <section class="notice" aria-labelledby="batch-preview-heading">
      <h4 id="batch-preview-heading">Preview: {plural(batch.files.length, 'file')}</h4>
      <p>
        {plural(counts.ready, 'file')} ready ({plural(counts.drafts, 'draft')})
        {counts.duplicate ? `, ${plural(counts.duplicate, 'duplicate')} skipped` : ''}
        {counts.refused ? `, ${plural(counts.refused, 'file')} refused` : ''}.
      </p>
      <ul class="batch-files">
        {batch.files.map((f) => (
          <li key={f.name} class={`batch-${f.status}`}>
            <b>{f.name}</b>{' — '}
            {f.status === 'ready' && <>ready: {f.plan.drafts.filter((d) => d.action !== 'skip').map((d) => `“${d.draft.title}”${d.action === 'copy' ? ' (as a copy)' : ''}`).join(', ') || 'annotations only'}{f.author ? `, by ${f.author}` : ''}</>}
            {f.status === 'duplicate' && <>duplicate of {f.of}: skipped</>}
            {f.status === 'refused' && (
              <>
                refused, nothing of it will be imported:
                <ul class="problems">{f.problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>
              </>
            )}
          </li>
        ))}
      </ul>
      {batch.skipped.length > 0 && <details><summary>Files left out ({batch.skipped.length})</summary><ul>{batch.skipped.map((s) => <li key={s}>{s}</li>)}</ul></details>}
      {counts.ready > 0 && (
        <>
          <label class="field">
            <span>Into cohort</span>
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              <option value={NEW}>A new cohort</option>
              {cohorts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          {target === NEW && (
            <label class="field">
              <span>Name of the new cohort</span>
              <input type="text" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
          )}
        </>
      )}
      <div class="row-actions">
        {counts.ready > 0 && <button type="button" class="primary" onClick={onConfirm} disabled={busy}>Import {plural(counts.ready, 'file')}</button>}
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}
