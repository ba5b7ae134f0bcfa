import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { typeById } from '../../lib/catalogue';
import { suggestSummary } from '../../lib/advice/summary';
import { addSegment, followSuggestion } from '../../lib/model/edit';
import type { DraftContent } from '../../lib/model/draft';
import { webHref } from '../../lib/model/page';
import type { DraftStore } from '../../lib/store/drafts';
import { storageJournal, type Journal } from '../../lib/store/journal';
import { DraftSession, type SessionState } from '../../lib/store/session';
import { Lazy } from '../sidepanel/lazy';

// The health check (its rules and fixes) is its own chunk: the editor shows the draft first, the check a moment later.
const loadHealthCheck = () => import('../advice/HealthCheck').then((m) => m.HealthCheck);
import { Comments } from './Comments';
import { SaveStatusBar } from './SaveStatus';
import { SegmentEditor } from './SegmentEditor';
import { useStoreChanges } from './useStore';
import { routeHash } from '../sidepanel/route';

const typeName = (id: string) => typeById(id)?.name;

/** Unsaved edits survive a closed or crashed panel in the extension's localStorage (sync, so it completes). */
function panelJournal(): Journal | undefined {
  try {
    return storageJournal(localStorage);
  } catch {
    return undefined; // storage disabled: autosave still works, only crash recovery is off
  }
}

/** Loads a draft and edits it through a DraftSession (autosave, merge, retry). */
export function DraftEditor({ store, id }: { store: DraftStore; id: string }) {
  const [session, setSession] = useState<DraftSession | undefined>();
  const [state, setState] = useState<SessionState | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    let current: DraftSession | undefined;
    void store.get(id).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoadError(result.error.message);
      current = new DraftSession(store, result.value, { onChange: setState, journal: panelJournal() });
      setSession(current);
      setState(current.state);
    });
    // Save at once when the panel is hidden or closed: nothing typed waits for the debounce.
    const flush = () => void current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('pagehide', flush);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', flush);
      if (current) void current.flush().then(() => current!.dispose());
    };
  }, [store, id]);

  useStoreChanges((change) => {
    const mine = change.drafts.find((d) => d.id === id);
    if (mine && session) void session.external(mine.rev, mine.deleted);
  }, [session, id]);

  if (loadError) {
    return (
      <section>
        <a class="back" href={routeHash({ view: 'drafts' })}>← Drafts</a>
        <p class="notice error" role="alert">{loadError}</p>
      </section>
    );
  }
  if (!session || !state) return <p class="muted">Opening draft…</p>;
  return <EditorView session={session} state={state} store={store} />;
}

function EditorView({ session, state, store }: { session: DraftSession; state: SessionState; store: DraftStore }) {
  const { content, draft, status } = state;
  const heading = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  useLayoutEffect(() => heading.current?.focus(), [draft.id]);
  const suggestion = useMemo(() => suggestSummary(content, typeName), [content.segments]);
  // Stable per session, so segments that did not change skip re-rendering.
  const edit = useCallback(
    (change: (c: DraftContent) => DraftContent) =>
      session.edit((c) => {
        const next = change(c);
        return followSuggestion(next, suggestSummary(next, typeName));
      }),
    [session],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(content.summary);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  const saveAsNew = async () => {
    const created = await store.create({ ...content, title: `${content.title} (recovered)` });
    if (created.ok) location.hash = routeHash({ view: 'draft', id: created.value.id });
  };

  return (
    <article class="editor" aria-labelledby="draft-title-label">
      <div class="view-head">
        <a class="back" href={routeHash({ view: 'drafts' })}>← Drafts</a>
        <span class="row-actions">
          <a href={routeHash({ view: 'history', id: draft.id })}>History</a>
          <a href={routeHash({ view: 'exchange', draftId: draft.id })}>Export…</a>
        </span>
      </div>
      {state.recovered && (
        <p class="notice" role="status">Brought back changes that had not been saved when the panel last closed.</p>
      )}
      {draft.deletedAt && (
        <p class="notice warning">
          This draft is in the trash.{' '}
          <button type="button" onClick={() => void store.restore(draft.id).then((r) => r.ok && session.adopt(r.value))}>Restore it</button>
        </p>
      )}
      <h2 class="visually-hidden">Draft</h2>
      <label class="field title-field">
        <span id="draft-title-label">Draft title</span>
        <input ref={heading} value={content.title} onInput={(e) => { const title = e.currentTarget.value; session.edit((c) => ({ ...c, title })); }} />
      </label>
      <SaveStatusBar
        status={status}
        onRetry={() => void session.flush()}
        onKeepMine={() => void session.keepMine()}
        onKeepBoth={() => void session.keepBoth()}
        onSaveAsNew={() => void saveAsNew()}
      />
      {content.source && (
        <p class="small muted">From <a href={webHref(content.source.url)} target="_blank" rel="noreferrer">{content.source.title || content.source.url}</a></p>
      )}

      <section class="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading">Summary line for the canvas</h3>
        <div class="inline-form">
          <label class="field grow">
            <span class="visually-hidden">Summary line</span>
            <input
              value={content.summary}
              placeholder="Chosen types appear here, e.g. Self-service + community"
              onInput={(e) => { const summary = e.currentTarget.value; session.edit((c) => ({ ...c, summary, summaryEdited: summary !== suggestion })); }}
            />
          </label>
          <button type="button" onClick={copy} disabled={!content.summary}>{copied ? 'Copied' : 'Copy'}</button>
        </div>
        {content.summaryEdited && suggestion && suggestion !== content.summary && (
          <p class="small">
            Suggested: {suggestion}{' '}
            <button type="button" class="link-button" onClick={() => session.edit((c) => ({ ...c, summary: suggestion, summaryEdited: false }))}>
              Use suggestion
            </button>
          </p>
        )}
      </section>

      <Lazy load={loadHealthCheck} props={{ content, edit }} />

      <h3>Customer segments</h3>
      {content.segments.length === 0 && <p class="muted">Add the segments this block serves; each gets its own relationship types and tactics.</p>}
      {content.segments.map((s, i) => (
        <SegmentEditor key={s.id} segment={s} index={i} edit={edit} advisorHref={routeHash({ view: 'advisor', draftId: draft.id, segmentId: s.id })} />
      ))}
      <button type="button" onClick={() => edit((c) => addSegment(c))}>Add segment</button>

      <Comments content={content} edit={edit} />
    </article>
  );
}
