import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import { contentOf, type Draft, type Revision } from '../../lib/model/draft';
import { diffDrafts, type Change } from '../../lib/model/diff';
import { MAX_REVISIONS, type DraftStore } from '../../lib/store/drafts';
import { relativeTime } from '../../lib/i18n/format';
import { describePlace } from '../../lib/model/place';
import { useI18n } from '../i18n';
import { useEditorText, usePlaceWords } from './editor-text';
import { storeErrorText } from './store-words';
import { useDraftsText } from './text';
import { useStoreChanges } from './useStore';
import { routeHash } from '../sidepanel/route';

function counts(d: Draft) {
  const tactics = d.segments.reduce((n, s) => n + PHASE_IDS.reduce((m, p) => m + s.grid[p].length, 0), 0);
  const types = d.segments.reduce((n, s) => n + s.types.length, 0);
  return { segments: d.segments.length, types, tactics };
}

/** Every saved version of a draft, newest first; restoring one saves it as a new version. */
export function History({ store, id }: { store: DraftStore; id: string }) {
  const [current, setCurrent] = useState<Draft | undefined>();
  const [revisions, setRevisions] = useState<Revision[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [comparing, setComparing] = useState<number | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useEditorText();
  const drafts = useDraftsText();
  const { lang } = useI18n();
  const outline = (d: Draft) => {
    const n = counts(d);
    return [drafts('list.segments', { count: n.segments }), t('history.types', { count: n.types }), t('history.tactics', { count: n.tactics })].join(', ');
  };

  const load = async () => {
    const [d, r] = await Promise.all([store.get(id), store.revisions(id)]);
    if (!d.ok) return setMessage(storeErrorText(d.error, drafts));
    setCurrent(d.value);
    if (r.ok) setRevisions(r.value.items);
  };
  useEffect(() => void load(), [store, id]);
  useStoreChanges(() => void load(), [store, id]);
  useLayoutEffect(() => heading.current?.focus(), []);

  const restore = async (rev: number) => {
    if (!current) return;
    const result = await store.restoreRevision(id, rev, current.rev);
    if (result.ok) location.hash = routeHash({ view: 'draft', id });
    else setMessage(result.error.kind === 'conflict' ? t('history.conflict') : storeErrorText(result.error, drafts));
    await load();
  };

  return (
    <section aria-labelledby="history-heading">
      <a class="back" href={routeHash({ view: 'draft', id })}>{t('history.back')}</a>
      <h2 id="history-heading" ref={heading} tabIndex={-1}>
        {current ? t('history.headingOf', { title: current.title || drafts('list.untitled') }) : t('history.heading')}
      </h2>
      {message && <p class="notice" role="alert">{message}</p>}
      <ol class="revisions" aria-label={t('history.label')}>
        {revisions?.map((r) => (
          <li key={r.rev} class="revision">
            <span>
              <strong>{t('history.version', { rev: r.rev })}</strong> · {relativeTime(r.savedAt, lang)} · {t(`reason.${r.reason}`)}
            </span>
            <span class="small muted">{t('quote', { text: r.draft.title || drafts('list.untitled') })} — {outline(r.draft)}</span>
            {r.draft.summary && <span class="small">{r.draft.summary}</span>}
            {current && r.rev === current.rev ? (
              <span class="small muted">{t('history.current')}</span>
            ) : (
              <span class="row-actions">
                <button type="button" aria-expanded={comparing === r.rev} onClick={() => setComparing(comparing === r.rev ? undefined : r.rev)}>
                  {t('history.changesSince', { rev: r.rev })}
                </button>
                <button type="button" onClick={() => restore(r.rev)}>{t('history.restore', { rev: r.rev })}</button>
              </span>
            )}
            {current && comparing === r.rev && <ChangeList changes={diffDrafts(contentOf(r.draft), contentOf(current))} rev={r.rev} />}
          </li>
        ))}
      </ol>
      <p class="small muted">{t('history.kept', { count: MAX_REVISIONS })}</p>
    </section>
  );
}

/** What changed from an older version to the current one. */
function ChangeList({ changes, rev }: { changes: Change[]; rev: number }) {
  const t = useEditorText();
  const places = usePlaceWords();
  if (changes.length === 0) return <p class="small muted">{t('history.noChanges', { rev })}</p>;
  return (
    <ul class="changes" aria-label={t('history.changesSince', { rev })}>
      {changes.map((c, i) => (
        <li key={i}>
          <strong>{t(`change.${c.kind}`)}</strong> {describePlace(c.where, places)}
          {c.kind === 'changed' ? (
            <span class="small"> — <del>{c.before}</del> → <ins>{c.after}</ins></span>
          ) : (c.after ?? c.before) ? (
            <span class="small"> — {t('quote', { text: c.after ?? c.before ?? '' })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
