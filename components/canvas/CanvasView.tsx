import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyseNotes } from '../../lib/advice/analyse';
import { canvasDraft } from '../../lib/advice/canvas-draft';
import { disableSite, enableSite, optedInSites } from '../../lib/platform/sites';
import { pageTab } from '../../lib/platform/tabs';
import { isReviewedSite, originPattern } from '../../lib/sites';
import type { DraftStore } from '../../lib/store/drafts';
import { ReadBoard } from '../ocr/ReadBoard';
import { AnalysisView } from './AnalysisView';
import { routeHash } from '../sidepanel/route';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * Canvas tools: turn the companion on for the current site, read a board drawn as a picture, or analyse notes
 * pasted from any canvas. `readTab` reads that tab's board at once.
 */
export function CanvasView({ store, readTab }: { store: DraftStore; readTab?: number | undefined }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const [notes, setNotes] = useState('');
  const [segments, setSegments] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const analysis = useMemo(() => analyseNotes(lines(notes), lines(segments)), [notes, segments]);

  const create = async () => {
    const content = canvasDraft(undefined, lines(notes), lines(segments), { url: '', title: 'Notes from a canvas' });
    const { source: _unused, ...withoutSource } = content;
    const created = await store.create(withoutSource);
    if (!created.ok) return setMessage(created.error.message);
    location.hash = routeHash({ view: 'draft', id: created.value.id });
  };

  return (
    <article aria-labelledby="canvas-heading">
      <h2 id="canvas-heading" ref={heading} tabIndex={-1}>Canvas tools</h2>
      <SiteAccess />
      <ReadBoard store={store} tabId={readTab} />
      <section aria-labelledby="paste-heading">
        <h3 id="paste-heading">Analyse notes</h3>
        <p class="small muted">
          From any canvas, or when reading the board did not work: paste the notes of the Customer Relationships
          block here, one per line.
        </p>
        <label class="field">
          <span>Customer Relationships notes</span>
          <textarea rows={5} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Customer Segments notes (optional)</span>
          <textarea rows={2} value={segments} onInput={(e) => setSegments(e.currentTarget.value)} />
        </label>
        {lines(notes).length > 0 && (
          <>
            <AnalysisView analysis={analysis} />
            <button type="button" class="primary" onClick={create}>Create a draft from these notes</button>
          </>
        )}
        {message && <p class="notice error" role="alert">{message}</p>}
      </section>
    </article>
  );
}

/** "Use on this site": per-site opt-in for pages outside the reviewed canvas tools, and its revocation. */
function SiteAccess() {
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
      <h3 id="site-heading">This site</h3>
      {!tab || !pattern ? (
        <p class="small muted">Open a canvas page in this window, then click the toolbar button to see its options here.</p>
      ) : isReviewedSite(tab.url) ? (
        <p class="small">The companion reads canvases on {host} automatically.</p>
      ) : sites.includes(pattern) ? (
        <p class="small">
          On for {host}.{' '}
          <button type="button" onClick={async () => { await disableSite(pattern); setMessage(`Stopped using the companion on ${host}.`); await refresh(); }}>
            Stop using on this site
          </button>
        </p>
      ) : (
        <p class="small">
          The companion does not read {host}.{' '}
          <button
            type="button"
            onClick={async () => {
              const result = await enableSite(tab);
              setMessage(result.ok ? `The companion now reads canvases on ${host}.` : result.error);
              await refresh();
            }}
          >
            Use on this site
          </button>
        </p>
      )}
      {sites.length > 0 && (
        <details>
          <summary class="small">Sites you turned it on for ({sites.length})</summary>
          <ul class="small">
            {sites.map((s) => (
              <li key={s}>
                {s}{' '}
                <button type="button" class="link-button" onClick={async () => { await disableSite(s); await refresh(); }} aria-label={`Stop using on ${s}`}>
                  Stop
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
