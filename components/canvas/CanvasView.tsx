import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { canvasDraft } from '../../lib/advice/canvas-draft';
import { disableSite, enableSite, optedInSites } from '../../lib/platform/sites';
import { pageTab } from '../../lib/platform/tabs';
import { isReviewedSite, originPattern } from '../../lib/sites';
import type { DraftStore } from '../../lib/store/drafts';
import { ReadBoard } from '../ocr/ReadBoard';
import { AnalysisOf } from './analysis-later';
import { CanvasText, useCanvasText } from './text';
import { routeHash } from '../sidepanel/route';
import { storeErrorText } from '../drafts/store-words';
import { useDraftsText } from '../drafts/text';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * Canvas tools: turn the companion on for the current site, read a board drawn as a picture, or analyse notes
 * pasted from any canvas. `readTab` reads that tab's board at once.
 */
export function CanvasView(props: { store: DraftStore; readTab?: number | undefined }) {
  // The area's messages (the reader's problems included) load with this view, not with the first one.
  return <CanvasText><Canvas {...props} /></CanvasText>;
}

function Canvas({ store, readTab }: { store: DraftStore; readTab?: number | undefined }) {
  const t = useCanvasText();
  const drafts = useDraftsText();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const [notes, setNotes] = useState('');
  const [segments, setSegments] = useState('');
  const [message, setMessage] = useState<string | undefined>();

  const create = async () => {
    const content = canvasDraft(undefined, lines(notes), lines(segments), { url: '', title: t('paste.draftTitle') });
    const { source: _unused, ...withoutSource } = content;
    const created = await store.create(withoutSource);
    if (!created.ok) return setMessage(storeErrorText(created.error, drafts));
    location.hash = routeHash({ view: 'draft', id: created.value.id });
  };

  return (
    <article aria-labelledby="canvas-heading">
      <h2 id="canvas-heading" ref={heading} tabIndex={-1}>{t('canvas.heading')}</h2>
      <SiteAccess />
      <ReadBoard store={store} tabId={readTab} />
      <section aria-labelledby="paste-heading">
        <h3 id="paste-heading">{t('paste.heading')}</h3>
        <p class="small muted">{t('paste.intro')}</p>
        <label class="field">
          <span>{t('paste.notes')}</span>
          <textarea rows={5} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('paste.segments')}</span>
          <textarea rows={2} value={segments} onInput={(e) => setSegments(e.currentTarget.value)} />
        </label>
        {lines(notes).length > 0 && (
          <>
            <AnalysisOf notes={lines(notes)} segments={lines(segments)} />
            <button type="button" class="primary" onClick={create}>{t('paste.create')}</button>
          </>
        )}
        {message && <p class="notice error" role="alert">{message}</p>}
      </section>
    </article>
  );
}

/** "Use on this site": per-site opt-in for pages outside the reviewed canvas tools, and its revocation. */
function SiteAccess() {
  const t = useCanvasText();
  const [tab, setTab] = useState<{ id: number; url: string } | undefined>();
  const [sites, setSites] = useState<string[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const refresh = async () => {
    try {
      setTab(await pageTab());
      setSites(await optedInSites());
    } catch {
      setTab(undefined);
    }
  };
  useEffect(() => void refresh(), []);
  const pattern = tab ? originPattern(tab.url) : undefined;
  const host = pattern?.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

  return (
    <section aria-labelledby="site-heading">
      <h3 id="site-heading">{t('site.heading')}</h3>
      {!tab || !pattern || !host ? (
        <p class="small muted">{t('site.noPage')}</p>
      ) : isReviewedSite(tab.url) ? (
        <p class="small">{t('site.reviewed', { host })}</p>
      ) : sites.includes(pattern) ? (
        <p class="small">
          {t('site.on', { host })}{' '}
          <button type="button" onClick={async () => { await disableSite(pattern); setMessage(t('site.stopped', { host })); await refresh(); }}>
            {t('site.stop')}
          </button>
        </p>
      ) : (
        <p class="small">
          {t('site.off', { host })}{' '}
          <button
            type="button"
            onClick={async () => {
              // The button shows only for http(s) pages, so a refusal here is the user's answer to the browser.
              const result = await enableSite(tab);
              setMessage(t(result.ok ? 'site.started' : 'site.notGranted', { host }));
              await refresh();
            }}
          >
            {t('site.use')}
          </button>
        </p>
      )}
      {sites.length > 0 && (
        <details>
          <summary class="small">{t('site.list', { count: sites.length })}</summary>
          <ul class="small">
            {sites.map((s) => (
              <li key={s}>
                {s}{' '}
                <button type="button" class="link-button" onClick={async () => { await disableSite(s); await refresh(); }} aria-label={t('site.stopOneLabel', { site: s })}>
                  {t('site.stopOne')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {message && <p class="notice" role="status">{message}</p>}
    </section>
  );
}
