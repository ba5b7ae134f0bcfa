import { useEffect, useState } from 'preact/hooks';
import { EXPORT_FORMATS, exportFile, type FormatId } from '../../lib/exchange/formats';
import type { Annotation } from '../../lib/model/annotation';
import { newId, type Draft } from '../../lib/model/draft';
import { appInfo } from '../../lib/platform/app';
import type { AnnotationStore } from '../../lib/store/annotations';
import type { DraftStore } from '../../lib/store/drafts';
import { plural } from '../drafts/format';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../lib/i18n/languages';
import { useI18n } from '../i18n';
import { loadExportWords } from './export-words';
import { download, openPage } from './files';

type Scope = 'everything' | 'chosen';

/** Export: everything (a backup) or chosen drafts, in any registered format; download, copy or print. */
export function ExportPanel({ drafts: draftStore, annotations: annotationStore, draftId }: { drafts: DraftStore; annotations: AnnotationStore; draftId?: string | undefined }) {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [trashed, setTrashed] = useState<Draft[]>([]);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [scope, setScope] = useState<Scope>(draftId ? 'chosen' : 'everything');
  const [chosen, setChosen] = useState<string[]>(draftId ? [draftId] : []);
  const [withAnnotations, setWithAnnotations] = useState(!draftId);
  const [format, setFormat] = useState<FormatId>('json');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();
  const { t, lang } = useI18n();
  // Readable exports are written in a language chosen here, the panel's by default.
  const [language, setLanguage] = useState<Language>(lang);
  useEffect(() => void loadExportWords(language), [language]);

  useEffect(() => {
    void (async () => {
      const [live, trash, notes, notesTrash] = await Promise.all([draftStore.list(), draftStore.list({ trash: true }), annotationStore.list(), annotationStore.list({ trash: true })]);
      if (live.ok) setDrafts(live.value.items);
      if (trash.ok) setTrashed(trash.value.items);
      if (notes.ok && notesTrash.ok) setAnnotations([...notes.value.items, ...notesTrash.value.items]);
      const failed = [live, trash, notes, notesTrash].find((r) => !r.ok);
      if (failed && !failed.ok) setMessage({ text: failed.error.message, error: true });
    })();
  }, [draftStore, annotationStore]);

  const selected = scope === 'everything' ? [...drafts, ...trashed] : drafts.filter((d) => chosen.includes(d.id));
  const included = scope === 'everything' || withAnnotations ? annotations : [];
  const info = EXPORT_FORMATS.find((f) => f.id === format)!;

  const build = async () => {
    if (selected.length === 0 && (info.holds === 'drafts' || included.length === 0)) {
      setMessage({ text: 'Choose at least one draft to export.', error: true });
      return undefined;
    }
    const words = await loadExportWords(language);
    return exportFile(format, { drafts: selected, annotations: included, app: appInfo(), kind: scope === 'everything' ? 'backup' : 'export', exportedAt: new Date(), id: newId(), words });
  };

  const onDownload = async () => {
    const file = await build();
    if (!file) return;
    download(file);
    setMessage({ text: `Downloaded ${file.name}.` });
  };
  const onCopy = async () => {
    const file = await build();
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file.text);
      setMessage({ text: 'Markdown copied to the clipboard.' });
    } catch {
      setMessage({ text: 'The browser did not allow copying; use Download instead.', error: true });
    }
  };
  const onPrint = async () => {
    const file = await build();
    if (!file) return;
    openPage(file.text);
    setMessage({ text: 'The printable page opened in a new tab: print it from there (Ctrl+P / ⌘P).' });
  };

  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <fieldset>
        <legend>What</legend>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'everything'} onChange={() => setScope('everything')} />
          Everything — a backup ({plural(drafts.length + trashed.length, 'draft')}, {plural(annotations.length, 'annotation')}, trash included)
        </label>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />
          Chosen drafts
        </label>
        {scope === 'chosen' && (
          <div class="choices" role="group" aria-label="Drafts to export">
            {drafts.map((d) => (
              <label key={d.id} class="check">
                <input type="checkbox" checked={chosen.includes(d.id)}
                  onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, d.id] : chosen.filter((id) => id !== d.id))} />
                {d.title || 'Untitled draft'}
              </label>
            ))}
            <label class="check">
              <input type="checkbox" checked={withAnnotations} onChange={(e) => setWithAnnotations(e.currentTarget.checked)} />
              Include my annotations ({annotations.length})
            </label>
          </div>
        )}
      </fieldset>
      <label class="field">
        <span>Format</span>
        <select value={format} onChange={(e) => setFormat(e.currentTarget.value as FormatId)}>
          {EXPORT_FORMATS.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
        </select>
      </label>
      <p class="small muted">{info.description}</p>
      {format !== 'json' && (
        <label class="field">
          <span>{t('export.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
            {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </label>
      )}
      <div class="row-actions">
        <button type="button" class="primary" onClick={onDownload}>Download</button>
        {format === 'markdown' && <button type="button" onClick={onCopy}>Copy Markdown</button>}
        {format === 'html' && <button type="button" onClick={onPrint}>Open printable page</button>}
      </div>
      {message && <p class={`notice${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
