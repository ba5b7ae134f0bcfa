import { routeHash } from '../sidepanel/route';
import { useEffect, useRef, useState } from 'preact/hooks';
import { languageName, OCR_DATA } from '../../lib/ocr/languages';
import { measureSince } from '../../lib/perf';
import type { Box } from '../../lib/ocr/types';
import { pageTab } from '../../lib/platform/tabs';
import { saveCanvasDraft } from '../../lib/store/canvas-drafts';
import type { DraftStore } from '../../lib/store/drafts';
import { AnalysisOf } from '../canvas/analysis-later';
import { useCanvasText } from '../canvas/text';
import { storeErrorText } from '../drafts/store-words';
import { useDraftsText } from '../drafts/text';
import { useI18n } from '../i18n';
import type { ReadOutcome, ReadProblem, ReadStep } from './ocr-reading';
import { problemText, stepText } from './read-words';

type Shown = Extract<ReadOutcome, { ok: true }>;
interface EditableNote {
  key: number;
  text: string;
  box: Box | undefined;
  unsure: string[];
}

const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(2)}%`;
const place = (box: Box, width: number, height: number) => ({
  left: percent(box.x, width), top: percent(box.y, height), width: percent(box.width, width), height: percent(box.height, height),
});

/**
 * "Read this board": reads a board drawn on a canvas from a capture of the tab, shows the capture with the
 * block outlined and the notes numbered, lets the user correct the notes, and opens them as a draft. The
 * capture lives only in this view's memory, unless the user keeps it with the draft. `tabId` starts a read of that tab at once (the right-click menu).
 */
export function ReadBoard({ store, tabId }: { store: DraftStore; tabId?: number | undefined }) {
  const t = useCanvasText();
  const { lang } = useI18n();
  const drafts = useDraftsText();
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState<ReadStep | { step: 'starting' } | undefined>();
  // A store error is already a sentence; the reader's problems are said in the panel's language when shown.
  const [error, setError] = useState<ReadProblem | { problem: 'no-tab' } | { problem: 'store'; message: string } | undefined>();
  const [shown, setShown] = useState<Shown | undefined>();
  const [notes, setNotes] = useState<EditableNote[]>([]);
  const [imageUrl, setImageUrl] = useState<string | undefined>();
  // Off by default: the picture is kept only when the user asks (stored with the draft, in this browser).
  const [keepPicture, setKeepPicture] = useState(false);
  const readAt = useRef('');
  const running = useRef<AbortController | undefined>(undefined);
  const nextKey = useRef(0);

  // The capture's object URL goes with the picture: released when replaced and when the view closes.
  useEffect(() => () => { if (imageUrl) URL.revokeObjectURL(imageUrl); }, [imageUrl]);
  useEffect(() => () => running.current?.abort(), []);
  // The button is this view's main action: its code (not the engine's worker, wasm or data) is fetched while
  // the user looks, so a click starts reading at once.
  useEffect(() => { void import('./ocr-reading').catch(() => undefined); }, []);

  const read = async (target?: number) => {
    const started = performance.now();
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(undefined);
    setShown(undefined);
    setImageUrl(undefined);
    setStatus({ step: 'starting' });
    const id = target ?? (await pageTab())?.id;
    if (id === undefined) {
      setStatus(undefined);
      setError({ problem: 'no-tab' });
      return;
    }
    // Only now does any of the reader load: its code, the engine and its data.
    const { readThisBoard } = await import('./ocr-reading');
    if (controller.signal.aborted) return; // cancelled while the code loaded: nothing is captured
    // A cancelled read may still report a step on its way out: it must not bring the progress line back.
    const progress = (step: ReadStep) => { if (running.current === controller) setStatus(step); };
    const outcome = await readThisBoard(id, { language: language || undefined, signal: controller.signal, progress });
    if (running.current !== controller) return;
    running.current = undefined;
    setStatus(undefined);
    if (!outcome.ok) return setError(outcome);
    readAt.current = new Date().toISOString();
    setShown(outcome);
    setImageUrl(URL.createObjectURL(outcome.image));
    setNotes(outcome.reading.notes.map((n) => ({ key: nextKey.current++, text: n.text, box: n.box, unsure: n.unsure })));
    // The whole "Read this board", click to notes on screen, beside the engine's own call (the bench compares).
    requestAnimationFrame(() => measureSince('crc:ocr-read', started));
  };

  useEffect(() => {
    if (tabId === undefined) return;
    // Read once: reloading the panel or coming back to this view must not capture the tab again unasked.
    history.replaceState(null, '', routeHash({ view: 'canvas' }));
    void read(tabId);
  }, [tabId]);

  const cancel = () => {
    running.current?.abort();
    running.current = undefined;
    setStatus(undefined);
    setError({ problem: 'cancelled' });
  };

  const discard = () => {
    setShown(undefined);
    setImageUrl(undefined);
    setNotes([]);
  };

  const texts = notes.map((n) => n.text.trim()).filter(Boolean);

  // One save at a time: a second click while the first is saving would find no draft yet and make another.
  const [saving, setSaving] = useState(false);
  const openDraft = async () => {
    if (!shown || saving) return;
    setSaving(true);
    try {
      const title = shown.source.title || t('read.draftTitle');
      const picture = keepPicture
        ? { bytes: new Uint8Array(await shown.image.arrayBuffer()), type: 'image/png' as const, width: shown.width, height: shown.height, url: shown.source.url, takenAt: readAt.current }
        : undefined;
      const saved = await saveCanvasDraft(store, { url: shown.source.url, title }, texts, shown.reading.segmentNotes, picture);
      if (!saved.ok) return setError({ problem: 'store', message: storeErrorText(saved.error, drafts) });
      discard();
      location.hash = routeHash({ view: 'draft', id: saved.value.id });
    } finally {
      setSaving(false);
    }
  };

  const edit = (key: number, text: string) => setNotes((all) => all.map((n) => (n.key === key ? { ...n, text } : n)));
  const numbered = notes.map((n, i) => ({ ...n, number: i + 1 }));

  return (
    <section aria-labelledby="read-heading">
      <h3 id="read-heading">{t('read.heading')}</h3>
      <p class="small muted">{t('read.intro')}</p>
      <label class="field">
        <span>{t('read.language')}</span>
        <select value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
          <option value="">{t('read.pageLanguage')}</option>
          {Object.keys(OCR_DATA).map((tag) => <option key={tag} value={tag}>{languageName(tag, lang)}</option>)}
        </select>
      </label>
      {status ? (
        <p class="ocr-progress">
          <span role="status">{stepText(status, t, lang)}</span> <button type="button" onClick={cancel}>{t('read.cancel')}</button>
        </p>
      ) : (
        <button type="button" class={shown ? undefined : 'primary'} onClick={() => void read()}>
          {shown ? t('read.again') : t('read.read')}
        </button>
      )}
      {error && <p class="notice error" role="alert">{error.problem === 'store' ? error.message : problemText(error, t, lang)}</p>}
      {shown && imageUrl && (
        <div class="ocr-result">
          <figure class="ocr-figure">
            <div class="ocr-shot">
              <img src={imageUrl} alt="" width={shown.width} height={shown.height} />
              <div class="ocr-block" style={place(shown.reading.blockRect, shown.width, shown.height)} aria-hidden="true" />
              {numbered.filter((n) => n.box).map((n) => (
                <span key={n.key} class="ocr-note" style={place(n.box!, shown.width, shown.height)} aria-hidden="true">
                  <span class="ocr-number">{n.number}</span>
                </span>
              ))}
            </div>
            <figcaption class="small">{t('read.caption', { label: shown.reading.label, count: notes.length })}</figcaption>
          </figure>
          {shown.missing && <p class="notice warning">{t('note.noData', { language: languageName(shown.missing, lang) })}</p>}
          <h4 id="read-notes-heading">{t('read.notes', { count: notes.length })}</h4>
          <p class="small muted">{t('read.check')}</p>
          <ol aria-labelledby="read-notes-heading" class="ocr-notes">
            {numbered.map((n) => (
              <li key={n.key}>
                <label class="field">
                  <span>{t('read.note', { number: n.number })}</span>
                  <input value={n.text} onInput={(e) => edit(n.key, e.currentTarget.value)} aria-describedby={n.unsure.length ? `unsure-${n.key}` : undefined} />
                </label>
                {n.unsure.length > 0 && (
                  <p id={`unsure-${n.key}`} class="small ocr-unsure">{t('read.unsure', { words: n.unsure.map((w) => t('read.quoted', { text: w })).join(', ') })}</p>
                )}
                <button type="button" class="link-button" onClick={() => setNotes((all) => all.filter((x) => x.key !== n.key))} aria-label={t('read.removeLabel', { number: n.number })}>
                  {t('read.remove')}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setNotes((all) => [...all, { key: nextKey.current++, text: '', box: undefined, unsure: [] }])}>{t('read.add')}</button>
          {texts.length > 0 && <AnalysisOf notes={texts} segments={shown?.reading.segmentNotes ?? []} />}
          <label class="check">
            <input type="checkbox" checked={keepPicture} onChange={(e) => setKeepPicture(e.currentTarget.checked)} />
            {t('read.keep')}
          </label>
          <p>
            <button type="button" class="primary" onClick={openDraft} disabled={!texts.length || saving}>{t('read.open')}</button>{' '}
            <button type="button" onClick={discard}>{t('read.discard')}</button>
          </p>
        </div>
      )}
    </section>
  );
}
