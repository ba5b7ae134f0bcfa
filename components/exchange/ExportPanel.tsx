import { useEffect, useState } from 'preact/hooks';
import { FORMAT_LIST, type FormatId } from '../../lib/exchange/format-list';
import type { Annotation } from '../../lib/model/annotation';
import { newId, type Draft } from '../../lib/model/draft';
import { appInfo } from '../../lib/platform/app';
import type { AnnotationStore } from '../../lib/store/annotations';
import type { DraftStore } from '../../lib/store/drafts';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../lib/i18n/languages';
import { useI18n } from '../i18n';
import { loadExportWords } from './export-words';
import { download, openPage } from './files';
import { useExchangeText } from './text';
import { storeErrorText } from '../drafts/store-words';
import { useDraftsText } from '../drafts/text';

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
  const { t: core, lang } = useI18n();
  const t = useExchangeText();
  const draftsText = useDraftsText();
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
      if (failed && !failed.ok) setMessage({ text: storeErrorText(failed.error, draftsText), error: true });
    })();
  }, [draftStore, annotationStore]);

  const selected = scope === 'everything' ? [...drafts, ...trashed] : drafts.filter((d) => chosen.includes(d.id));
  const included = scope === 'everything' || withAnnotations ? annotations : [];
  const info = FORMAT_LIST.find((f) => f.id === format)!;

  const build = async () => {
    if (selected.length === 0 && (info.holds === 'drafts' || included.length === 0)) {
      setMessage({ text: t('export.chooseOne'), error: true });
      return undefined;
    }
    // The renderers (Markdown, print, JSON-LD) load with the first export, not with the view.
    const [words, { exportFile }] = await Promise.all([loadExportWords(language), import('../../lib/exchange/formats')]);
    return exportFile(format, { drafts: selected, annotations: included, app: appInfo(), kind: scope === 'everything' ? 'backup' : 'export', exportedAt: new Date(), id: newId(), words });
  };

  const onDownload = async () => {
    const file = await build();
    if (!file) return;
    download(file);
    setMessage({ text: t('export.downloaded', { name: file.name }) });
  };
  const onCopy = async () => {
    const file = await build();
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file.text);
      setMessage({ text: t('export.copied') });
    } catch {
      setMessage({ text: t('export.notCopied'), error: true });
    }
  };
  const onPrint = async () => {
    const file = await build();
    if (!file) return;
    openPage(file.text);
    setMessage({ text: t('export.printOpened') });
  };

  return (
    <section aria-labelledby="export-heading">
      <h3 id="export-heading">{t('export.heading')}</h3>
      <fieldset>
        <legend>{t('export.what')}</legend>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'everything'} onChange={() => setScope('everything')} />
          {t('export.everything', { drafts: t('export.drafts', { count: drafts.length + trashed.length }), annotations: t('export.annotations', { count: annotations.length }) })}
        </label>
        <label class="check">
          <input type="radio" name="scope" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />
          {t('export.chosen')}
        </label>
        {scope === 'chosen' && (
          <div class="choices" role="group" aria-label={t('export.toExport')}>
            {drafts.map((d) => (
              <label key={d.id} class="check">
                <input type="checkbox" checked={chosen.includes(d.id)}
                  onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, d.id] : chosen.filter((id) => id !== d.id))} />
                {d.title || t('export.untitled')}
              </label>
            ))}
            <label class="check">
              <input type="checkbox" checked={withAnnotations} onChange={(e) => setWithAnnotations(e.currentTarget.checked)} />
              {t('export.withAnnotations', { count: annotations.length })}
            </label>
          </div>
        )}
      </fieldset>
      <label class="field">
        <span>{t('export.format')}</span>
        <select value={format} onChange={(e) => setFormat(e.currentTarget.value as FormatId)}>
          {FORMAT_LIST.map((f) => <option key={f.id} value={f.id}>{t(`format.${f.id}`)}</option>)}
        </select>
      </label>
      <p class="small muted">{t(`format.${info.id}.about`)}</p>
      {format !== 'json' && (
        <label class="field">
          <span>{core('export.language')}</span>
          <select value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
            {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </label>
      )}
      <div class="row-actions">
        <button type="button" class="primary" onClick={onDownload}>{t('export.download')}</button>
        {format === 'markdown' && <button type="button" onClick={onCopy}>{t('export.copy')}</button>}
        {format === 'html' && <button type="button" onClick={onPrint}>{t('export.print')}</button>}
      </div>
      {message && <p class={`notice${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
