import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { suggestSummary } from '../../lib/advice/summary';
import { addSegment, followSuggestion } from '../../lib/model/edit';
import type { DraftContent } from '../../lib/model/draft';
import { webHref } from '../../lib/model/page';
import { describePlace } from '../../lib/model/place';
import type { DraftStore } from '../../lib/store/drafts';
import type { StoreError } from '../../lib/store/errors';
import { storageJournal, type Journal } from '../../lib/store/journal';
import { DraftSession, type SessionState } from '../../lib/store/session';
import { useI18n } from '../i18n';
import { Lazy } from '../sidepanel/lazy';

// The health check (its rules and fixes) is its own chunk: the editor shows the draft first, the check a moment later.
const loadHealthCheck = () => import('../advice/HealthCheck').then((m) => m.HealthCheck);
import { BoardPicture } from './BoardPicture';
import { Comments } from './Comments';
import { useEditorText, usePlaceWords } from './editor-text';
import { SaveStatusBar } from './SaveStatus';
import { SegmentEditor } from './SegmentEditor';
import { storeErrorText } from './store-words';
import { useDraftsText } from './text';
import { useStoreChanges } from './useStore';
import { routeHash } from '../sidepanel/route';

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
  const [loadError, setLoadError] = useState<StoreError | undefined>();
  const t = useEditorText();
  const drafts = useDraftsText();
  const { t: core } = useI18n();

  useEffect(() => {
    let live = true;
    let current: DraftSession | undefined;
    void store.get(id).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoadError(result.error);
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
        <a class="back" href={routeHash({ view: 'drafts' })}>← {core('nav.drafts')}</a>
        <p class="notice error" role="alert">{storeErrorText(loadError, drafts)}</p>
      </section>
    );
  }
  if (!session || !state) return <p class="muted">{t('editor.opening')}</p>;
  return <EditorView session={session} state={state} store={store} />;
}

function EditorView({ session, state, store }: { session: DraftSession; state: SessionState; store: DraftStore }) {
  const { content, draft, status } = state;
  const heading = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const t = useEditorText();
  const drafts = useDraftsText();
  const { t: core, typeById, lang } = useI18n();
  const places = usePlaceWords();
  useLayoutEffect(() => heading.current?.focus(), [draft.id]);
  // The suggested line is written in the panel's language: it becomes the draft's text once accepted.
  const typeName = useCallback((id: string) => typeById(id)?.name, [typeById]);
  const words = useMemo(() => ({ lang, t }), [lang, t]);
  const suggestion = useMemo(() => suggestSummary(content, typeName, words), [content.segments, typeName, words]);
  // Stable per session, so segments that did not change skip re-rendering.
  const edit = useCallback(
    (change: (c: DraftContent) => DraftContent) =>
      session.edit((c) => {
        const next = change(c);
        return followSuggestion(next, suggestSummary(next, typeName, words));
      }),
    [session, typeName, words],
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
    const created = await store.create({ ...content, title: t('editor.recoveredTitle', { title: content.title }) });
    if (created.ok) location.hash = routeHash({ view: 'draft', id: created.value.id });
  };

  return (
    <article class="editor" aria-labelledby="draft-title-label">
      <div class="view-head">
        <a class="back" href={routeHash({ view: 'drafts' })}>← {core('nav.drafts')}</a>
        <span class="row-actions">
          <a href={routeHash({ view: 'history', id: draft.id })}>{t('editor.history')}</a>
          <a href={routeHash({ view: 'exchange', draftId: draft.id })}>{t('editor.export')}</a>
        </span>
      </div>
      {state.recovered && (
        <p class="notice" role="status">{t('editor.recovered')}</p>
      )}
      {draft.deletedAt && (
        <p class="notice warning">
          {t('editor.inTrash')}{' '}
          <button type="button" onClick={() => void store.restore(draft.id).then((r) => r.ok && session.adopt(r.value))}>{t('editor.restore')}</button>
        </p>
      )}
      <h2 class="visually-hidden">{t('editor.heading')}</h2>
      <label class="field title-field">
        <span id="draft-title-label">{t('editor.title')}</span>
        <input ref={heading} value={content.title} placeholder={drafts('list.untitled')} onInput={(e) => { const title = e.currentTarget.value; session.edit((c) => ({ ...c, title })); }} />
      </label>
      <SaveStatusBar
        status={status}
        describe={(place) => describePlace(place, places)}
        onRetry={() => void session.flush()}
        onKeepMine={() => void session.keepMine()}
        onKeepBoth={() => void session.keepBoth((title) => t('save.myVersion', { title }))}
        onSaveAsNew={() => void saveAsNew()}
      />
      {content.source && (
        <p class="small muted">{t('editor.from')} <a href={webHref(content.source.url)} target="_blank" rel="noreferrer">{content.source.title || content.source.url}</a></p>
      )}
      {content.source && <BoardPicture id={draft.id} />}

      <section class="summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading">{t('summary.heading')}</h3>
        <div class="inline-form">
          <label class="field grow">
            <span class="visually-hidden">{t('summary.label')}</span>
            <input
              value={content.summary}
              placeholder={t('summary.placeholder')}
              onInput={(e) => { const summary = e.currentTarget.value; session.edit((c) => ({ ...c, summary, summaryEdited: summary !== suggestion })); }}
            />
          </label>
          <button type="button" onClick={copy} disabled={!content.summary}>{copied ? t('summary.copied') : t('summary.copy')}</button>
        </div>
        {content.summaryEdited && suggestion && suggestion !== content.summary && (
          <p class="small">
            {t('summary.suggested', { summary: suggestion })}{' '}
            <button type="button" class="link-button" onClick={() => session.edit((c) => ({ ...c, summary: suggestion, summaryEdited: false }))}>
              {t('summary.use')}
            </button>
          </p>
        )}
      </section>

      <Lazy load={loadHealthCheck} props={{ content, edit }} />

      <h3>{t('segments.heading')}</h3>
      {content.segments.length === 0 && <p class="muted">{t('segments.empty')}</p>}
      {content.segments.map((s, i) => (
        <SegmentEditor key={s.id} segment={s} index={i} edit={edit} advisorHref={routeHash({ view: 'advisor', draftId: draft.id, segmentId: s.id })} />
      ))}
      <button type="button" onClick={() => edit((c) => addSegment(c))}>{t('segments.add')}</button>

      <Comments content={content} edit={edit} />
    </article>
  );
}
