import { routeHash } from '../sidepanel/route';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyseNotes } from '../../lib/advice/analyse';
import { OCR_DATA } from '../../lib/ocr/languages';
import { measureSince } from '../../lib/perf';
import type { Box } from '../../lib/ocr/types';
import { pageTab } from '../../lib/platform/tabs';
import { saveCanvasDraft } from '../../lib/store/canvas-drafts';
import type { DraftStore } from '../../lib/store/drafts';
import { AnalysisView } from '../canvas/AnalysisView';
import type { ReadOutcome } from './ocr-reading';

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
 * capture lives only in this view's memory. `tabId` starts a read of that tab at once (the right-click menu).
 */
export function ReadBoard({ store, tabId }: { store: DraftStore; tabId?: number | undefined }) {
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [shown, setShown] = useState<Shown | undefined>();
  const [notes, setNotes] = useState<EditableNote[]>([]);
  const [imageUrl, setImageUrl] = useState<string | undefined>();
  const running = useRef<AbortController | undefined>(undefined);
  const nextKey = useRef(0);

  // The capture's object URL goes with the picture: released when replaced and when the view closes.
  useEffect(() => () => { if (imageUrl) URL.revokeObjectURL(imageUrl); }, [imageUrl]);
  useEffect(() => () => running.current?.abort(), []);
  // The button is this view's main action: its code (not the engine's wasm or data) is fetched while the
  // user looks, so a click starts reading at once.
  useEffect(() => { void import('./ocr-reading').then((m) => m.preloadOcrLibrary()).catch(() => undefined); }, []);

  const read = async (target?: number) => {
    const started = performance.now();
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(undefined);
    setShown(undefined);
    setImageUrl(undefined);
    setStatus('Starting…');
    const id = target ?? (await pageTab())?.id;
    if (id === undefined) {
      setStatus(undefined);
      setError('No web page is open in this window: open the board in a tab, then read it.');
      return;
    }
    // Only now does any of the reader load: its code, the engine and its data.
    const { readThisBoard } = await import('./ocr-reading');
    const outcome = await readThisBoard(id, { language: language || undefined, signal: controller.signal, progress: setStatus });
    if (running.current !== controller) return;
    running.current = undefined;
    setStatus(undefined);
    if (!outcome.ok) return setError(outcome.message);
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
    setError('Reading cancelled.');
  };

  const discard = () => {
    setShown(undefined);
    setImageUrl(undefined);
    setNotes([]);
  };

  const texts = notes.map((n) => n.text.trim()).filter(Boolean);
  const analysis = useMemo(() => analyseNotes(texts, shown?.reading.segmentNotes ?? []), [texts.join('\n'), shown]);

  const openDraft = async () => {
    if (!shown) return;
    const title = shown.source.title || 'Board read from the screen';
    const saved = await saveCanvasDraft(store, { url: shown.source.url, title }, texts, shown.reading.segmentNotes);
    if (!saved.ok) return setError(saved.error.message);
    discard();
    location.hash = routeHash({ view: 'draft', id: saved.value.id });
  };

  const edit = (key: number, text: string) => setNotes((all) => all.map((n) => (n.key === key ? { ...n, text } : n)));
  const numbered = notes.map((n, i) => ({ ...n, number: i + 1 }));

  return (
    <section aria-labelledby="read-heading">
      <h3 id="read-heading">Read this board</h3>
      <p class="small muted">
        For boards drawn as pictures: reads what the current tab shows, inside your browser — nothing is sent anywhere
        and the picture is not kept.
      </p>
      <label class="field">
        <span>Board language</span>
        <select value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
          <option value="">The page’s language</option>
          {Object.entries(OCR_DATA).map(([tag, data]) => <option key={tag} value={tag}>{data.name}</option>)}
        </select>
      </label>
      {status ? (
        <p class="ocr-progress">
          <span role="status">{status}</span> <button type="button" onClick={cancel}>Cancel</button>
        </p>
      ) : (
        <button type="button" class={shown ? undefined : 'primary'} onClick={() => void read()}>
          {shown ? 'Read again' : 'Read this board'}
        </button>
      )}
      {error && <p class="notice error" role="alert">{error}</p>}
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
            <figcaption class="small">
              Screenshot of the board with “{shown.reading.label}” outlined and its {notes.length} notes numbered as listed
              below.
            </figcaption>
          </figure>
          {shown.note && <p class="notice warning">{shown.note}</p>}
          <h4 id="read-notes-heading">Notes read ({notes.length})</h4>
          <p class="small muted">Check them against the picture and correct what was misread.</p>
          <ol aria-labelledby="read-notes-heading" class="ocr-notes">
            {numbered.map((n) => (
              <li key={n.key}>
                <label class="field">
                  <span>Note {n.number}</span>
                  <input value={n.text} onInput={(e) => edit(n.key, e.currentTarget.value)} aria-describedby={n.unsure.length ? `unsure-${n.key}` : undefined} />
                </label>
                {n.unsure.length > 0 && (
                  <p id={`unsure-${n.key}`} class="small ocr-unsure">Unsure: “{n.unsure.join('”, “')}” — please check.</p>
                )}
                <button type="button" class="link-button" onClick={() => setNotes((all) => all.filter((x) => x.key !== n.key))} aria-label={`Remove note ${n.number}`}>
                  Remove
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setNotes((all) => [...all, { key: nextKey.current++, text: '', box: undefined, unsure: [] }])}>Add a note</button>
          {texts.length > 0 && <AnalysisView analysis={analysis} />}
          <p>
            <button type="button" class="primary" onClick={openDraft} disabled={!texts.length}>Open as draft</button>{' '}
            <button type="button" onClick={discard}>Discard</button>
          </p>
        </div>
      )}
    </section>
  );
}
