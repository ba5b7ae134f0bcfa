import { useEffect, useRef, useState } from 'preact/hooks';
import type { BatchPlan } from '../../lib/exchange/batch';
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from '../../lib/exchange/envelope';
import { readAtMost } from '../../lib/exchange/read-at-most';
import { sizeProblem } from '../../lib/exchange/json-text';
// Limits repeated from lib/exchange/zip.ts, which is loaded (with the zip library) only once files are chosen.
const MAX_ZIP_BYTES = 25 * 1024 * 1024;
const MAX_ZIP_LABEL = '25 MB';
const loadBatch = () => import('../../lib/exchange/batch');
import type { Cohort } from '../../lib/model/cohort';
import { newId } from '../../lib/model/draft';
import { measureSince } from '../../lib/perf';
import type { CohortStore } from '../../lib/store/cohorts';
import type { ImportError } from '../../lib/store/imports';
import { ok } from '../../lib/store/errors';
import { ImportStore } from '../../lib/store/imports';
import type { Translate } from '../../lib/i18n/catalogue';
import { formatDate } from '../../lib/i18n/format';
import type { ProblemWords } from '../../lib/exchange/problem-words';
import { loadProblemWords } from '../exchange/problem-words';
import { cohortProblemText } from './store-problem';
import { useI18n } from '../i18n';
import { useCohortText } from './cohort-text';
import { droppedFiles, pickedFiles, type NamedFile } from './dropped';
import { routeHash } from '../sidepanel/route';

type State =
  | { step: 'idle' }
  | { step: 'preview'; batch: BatchPlan; counts: Counts; suggestedName: string }
  | { step: 'done'; cohortId: string; imported: number; failed: { name: string; message: string }[] };

const NEW = '';
type Counts = ReturnType<typeof import('../../lib/exchange/batch').batchCounts>;

/** Files as bytes; ones too big to be an export are refused by name, read no further than their limit. */
async function readFiles(files: readonly NamedFile[], t: Translate<'cohort'>, words: ProblemWords): Promise<{ inputs: { name: string; bytes: Uint8Array }[]; tooBig: { name: string; problem: string }[] }> {
  // Asked for all at once: waiting for each file before asking for the next costs a round trip per file.
  const read = await Promise.all(files.map(async ({ name, file }) => {
    const isZip = /\.zip$/i.test(file.name);
    const bytes = await readAtMost(file, isZip ? MAX_ZIP_BYTES : MAX_IMPORT_BYTES);
    if (bytes) return { name, bytes };
    return { name, problem: (isZip ? t('import.zipTooBig', { limit: MAX_ZIP_LABEL }) : sizeProblem(file.size, words)) ?? '' };
  }));
  return {
    inputs: read.filter((r): r is { name: string; bytes: Uint8Array } => 'bytes' in r),
    tooBig: read.filter((r): r is { name: string; problem: string } => 'problem' in r),
  };
}

/**
 * Importing a class: many files (picked or dropped) and zips of them, one preview for all, each file written
 * on its own and all of it or none; valid files go in while broken ones are refused with their problems.
 */
export function ImportMany({ store, cohorts, onImported }: { store: CohortStore; cohorts: readonly Cohort[]; onImported(): void }) {
  const t = useCohortText();
  const { lang } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [target, setTarget] = useState(NEW);
  const [name, setName] = useState('');
  // The connection the preview was planned with, kept until the coach imports or cancels: opening one costs
  // about as much as writing a few files.
  const connection = useRef<ImportStore | undefined>(undefined);
  // The batch code the preview loaded: asking for it again would wait a turn of the event loop, often a frame.
  const batchCode = useRef<Awaited<ReturnType<typeof loadBatch>> | undefined>(undefined);
  const release = () => {
    connection.current?.close();
    connection.current = undefined;
  };
  useEffect(() => release, []);

  const take = async (chosen: Promise<{ files: NamedFile[]; skipped: number }> | { files: NamedFile[]; skipped: number }) => {
    const { files, skipped } = await chosen;
    if (!files.length) {
      if (skipped) setError(t('import.noneUsable', { count: skipped }));
      return;
    }
    setError(undefined);
    setBusy(true);
    const started = performance.now();
    try {
      release();
      // Problems are told in the panel's language: its words load with the files' bytes.
      const loading = loadProblemWords(lang);
      const [{ inputs, tooBig }, code, opened, words] = await Promise.all([
        loading.then((w) => readFiles(files, t, w)), loadBatch(), ImportStore.open(), loading,
      ]);
      batchCode.current = code;
      const { openBatch, planBatch, batchCounts } = code;
      if (!opened.ok) return setError(await cohortProblemText(opened.error, lang));
      connection.current = opened.value;
      // Files are read and checked first, so only the records they name are read from the profile.
      const read = openBatch(inputs, words);
      const existing = await opened.value.existing(read.ids);
      if (!existing.ok) return setError(await cohortProblemText(existing.error, lang));
      const batch = planBatch(read, existing.value);
      batch.files.unshift(...tooBig.map((t) => ({ name: t.name, status: 'refused' as const, problems: [t.problem] })));
      if (skipped) batch.skipped.push(t('import.leftOut', { count: skipped }));
      const zip = files.find((f) => /\.zip$/i.test(f.file.name));
      const folder = files.find((f) => f.name.includes('/'))?.name.split('/')[0];
      const suggestedName = zip ? zip.file.name.replace(/\.zip$/i, '') : folder ?? t('import.className', { date: formatDate(new Date().toISOString(), lang) });
      setName(suggestedName);
      setState({ step: 'preview', batch, counts: batchCounts(batch), suggestedName });
      measureSince('crc:class-preview', started);
    } finally {
      setBusy(false);
    }
  };

  // A refused file: what changed since the preview, the problem it names, or the browser's storage problem.
  const fileProblem = async (error: ImportError) =>
    error.kind === 'changed' ? t('import.changed') : cohortProblemText(error, lang, { invalid: (problem) => problem });

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
      const { batchWrites } = batchCode.current ?? (await loadBatch());
      const opened = connection.current ? ok(connection.current) : await ImportStore.open();
      connection.current = undefined;
      if (!opened.ok) return setError(await cohortProblemText(opened.error, lang));
      let imported = 0;
      const failed: { name: string; message: string }[] = [];
      try {
        // One transaction per file: a file that fails leaves the others written and itself not at all.
        const files = batchWrites(state.batch, cohort, { now: new Date() });
        const results = await opened.value.applyEach(files.map((f) => f.writes));
        for (const [i, result] of results.entries()) {
          if (result.ok) imported++;
          else failed.push({ name: files[i]!.name, message: await fileProblem(result.error) });
        }
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
      <h3 id="import-many-heading">{t('import.heading')}</h3>
      <p class="small muted">{t('import.intro', { fileLimit: MAX_IMPORT_LABEL, zipLimit: MAX_ZIP_LABEL })}</p>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); if (e.dataTransfer) void take(droppedFiles(e.dataTransfer)); }}
      >
        <label class="field">
          <span>{t('import.files')}</span>
          <input type="file" multiple accept=".json,application/json,.zip,application/zip" disabled={busy}
            onChange={(e) => { void take(pickedFiles(e.currentTarget.files)); e.currentTarget.value = ''; }} />
        </label>
        <label class="field">
          <span>{t('import.folder')}</span>
          <input type="file" {...{ webkitdirectory: true }} disabled={busy}
            onChange={(e) => { void take(pickedFiles(e.currentTarget.files)); e.currentTarget.value = ''; }} />
        </label>
      </div>
      {busy && <p class="muted" role="status">{t('import.checking')}</p>}
      {error && <p class="notice error" role="alert">{error}</p>}
      {state.step === 'preview' && <Preview counts={state.counts} batch={state.batch} busy={busy} cohorts={cohorts} target={target} setTarget={setTarget} name={name} setName={setName}
        onConfirm={confirm} onCancel={() => { release(); setState({ step: 'idle' }); }} />}
      {state.step === 'done' && (
        <div class="notice" role="status">
          <p>{t('import.imported', { count: state.imported })} <a href={routeHash({ view: 'cohort', id: state.cohortId })}>{t('import.open')}</a></p>
          {state.failed.length > 0 && (
            <ul class="problems">{state.failed.map((f) => <li key={f.name}>{t('import.failed', { name: f.name, message: f.message })}</li>)}</ul>
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
  const t = useCohortText();
  const summary = [
    `${t('preview.ready', { count: counts.ready })} (${t('preview.drafts', { count: counts.drafts })})`,
    ...(counts.duplicate ? [t('preview.duplicates', { count: counts.duplicate })] : []),
    ...(counts.refused ? [t('preview.refused', { count: counts.refused })] : []),
  ];
  const ready = (f: Extract<BatchPlan['files'][number], { status: 'ready' }>) => {
    const drafts = f.plan.drafts.filter((d) => d.action !== 'skip').map((d) => t(d.action === 'copy' ? 'file.copy' : 'file.title', { title: d.draft.title })).join(', ') || t('file.annotationsOnly');
    return f.author ? t('file.readyBy', { drafts, author: f.author }) : t('file.ready', { drafts });
  };
  return (
    <section class="notice" aria-labelledby="batch-preview-heading">
      <h4 id="batch-preview-heading">{t('preview.heading', { count: batch.files.length })}</h4>
      <p>{summary.join(', ')}.</p>
      <ul class="batch-files">
        {batch.files.map((f) => (
          <li key={f.name} class={`batch-${f.status}`}>
            <b>{f.name}</b>{' — '}
            {f.status === 'ready' && ready(f)}
            {/* The batch names an earlier file, or says "your drafts" (lib/exchange's words) for the profile. */}
            {f.status === 'duplicate' && (f.of === 'your drafts' ? t('file.duplicateOfYours') : t('file.duplicateOf', { of: f.of }))}
            {f.status === 'refused' && (
              <>
                {t('file.refused')}
                <ul class="problems">{f.problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>
              </>
            )}
          </li>
        ))}
      </ul>
      {batch.skipped.length > 0 && <details><summary>{t('preview.leftOut', { count: batch.skipped.length })}</summary><ul>{batch.skipped.map((s) => <li key={s}>{s}</li>)}</ul></details>}
      {counts.ready > 0 && (
        <>
          <label class="field">
            <span>{t('preview.into')}</span>
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              <option value={NEW}>{t('preview.newCohort')}</option>
              {cohorts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          {target === NEW && (
            <label class="field">
              <span>{t('preview.name')}</span>
              <input type="text" value={name} maxLength={200} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
          )}
        </>
      )}
      <div class="row-actions">
        {counts.ready > 0 && <button type="button" class="primary" onClick={onConfirm} disabled={busy}>{t('preview.import', { count: counts.ready })}</button>}
        <button type="button" onClick={onCancel}>{t('preview.cancel')}</button>
      </div>
    </section>
  );
}
