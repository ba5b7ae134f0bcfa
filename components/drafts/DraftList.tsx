import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { normalise } from '../../lib/catalogue/text';
import { measureSince } from '../../lib/perf';
import type { Listing } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';
import { useI18n } from '../i18n';
import { relativeTime } from '../../lib/i18n/format';
import { storeErrorText } from './store-words';
import { useDraftsText } from './text';
import { useStoreChanges } from './useStore';
import { SkippedRecords } from './SkippedRecords';
import { routeHash } from '../sidepanel/route';

const PAGE = 30;

function matchesFilter(draft: Listing, filter: string): boolean {
  const q = normalise(filter);
  if (!q) return true;
  const text = normalise([draft.title, draft.summary, ...draft.segmentNames].join(' '));
  return q.split(' ').every((w) => text.includes(w));
}

/** The user's drafts, most recently changed first, with create, duplicate and delete (to the trash). */
export function DraftList({ store }: { store: DraftStore }) {
  const t = useDraftsText();
  const { lang } = useI18n();
  const [drafts, setDrafts] = useState<Listing[] | undefined>();
  const [limit, setLimit] = useState(PAGE);
  const [trashCount, setTrashCount] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<{ text: string; undo?: () => void } | undefined>();
  const [renaming, setRenaming] = useState<{ id: string; title: string } | undefined>();
  const renameInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => renameInput.current?.select(), [renaming?.id]);
  const heading = useRef<HTMLHeadingElement>(null);

  const loadStarted = useRef(performance.now());
  const load = async () => {
    const all = await store.overview();
    if (!all.ok) return setError(storeErrorText(all.error, t));
    setDrafts(all.value.drafts);
    setProblems(all.value.problems);
    setTrashCount(all.value.trash.length);
  };
  useEffect(() => void load(), [store]);
  useStoreChanges(() => void load(), [store]);
  useLayoutEffect(() => heading.current?.focus(), []);
  useLayoutEffect(() => {
    // From opening the view to the list on screen, read by `npm run bench`.
    if (drafts && loadStarted.current) {
      measureSince('crc:drafts-list', loadStarted.current);
      loadStarted.current = 0;
    }
  }, [drafts]);

  const create = async () => {
    const result = await store.create();
    if (!result.ok) return setError(storeErrorText(result.error, t));
    location.hash = routeHash({ view: 'draft', id: result.value.id });
  };
  const duplicate = async (d: Listing) => {
    const result = await store.duplicate(d.id);
    if (!result.ok) return setError(storeErrorText(result.error, t));
    setNotice({ text: t('list.duplicated', { title: d.title }) });
    await load();
  };
  const trash = async (d: Listing) => {
    const result = await store.trash(d.id);
    if (!result.ok) return setError(storeErrorText(result.error, t));
    setNotice({ text: t('list.trashed', { title: d.title }), undo: () => void store.restore(d.id).then(load) });
    await load();
  };

  const rename = async (id: string, title: string) => {
    const result = await store.modify(id, (content) => ({ ...content, title }));
    if (!result.ok) return setError(storeErrorText(result.error, t));
    setRenaming(undefined);
    await load();
  };

  const shown = drafts?.filter((d) => matchesFilter(d, filter)) ?? [];

  return (
    <section class="drafts" aria-labelledby="drafts-heading">
      <div class="view-head">
        <h2 id="drafts-heading" ref={heading} tabIndex={-1}>{t('list.heading')}</h2>
        <button type="button" class="primary" onClick={create}>{t('list.new')}</button>
      </div>
      {error && <p class="notice error" role="alert">{error}</p>}
      {notice && (
        <p class="notice" role="status">
          {notice.text}{' '}
          {notice.undo && <button type="button" onClick={() => { notice.undo!(); setNotice(undefined); }}>{t('list.undo')}</button>}
        </p>
      )}
      <SkippedRecords problems={problems} what="drafts" />
      {drafts === undefined ? (
        <p class="muted">{t('list.loading')}</p>
      ) : drafts.length === 0 ? (
        <p class="empty">
          {t('list.empty')}
        </p>
      ) : (
        <>
          <input
            type="search"
            class="search"
            aria-label={t('list.filter')}
            placeholder={t('list.filterPlaceholder')}
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
          <ul class="draft-list" aria-label={t('list.label')}>
            {shown.slice(0, limit).map((d) => (
              <li key={d.id} class="draft-card">
                {renaming?.id === d.id ? (
                  <form class="inline-form" onSubmit={(e) => { e.preventDefault(); void rename(d.id, renaming.title); }}>
                    <label class="field grow">
                      <span class="visually-hidden">{t('list.newTitle', { title: d.title })}</span>
                      <input
                        value={renaming.title}
                        ref={renameInput}
                        onInput={(e) => setRenaming({ id: d.id, title: e.currentTarget.value })}
                        onKeyDown={(e) => e.key === 'Escape' && setRenaming(undefined)}
                      />
                    </label>
                    <button type="submit">{t('list.saveTitle')}</button>
                    <button type="button" onClick={() => setRenaming(undefined)}>{t('list.cancel')}</button>
                  </form>
                ) : (
                  <a href={routeHash({ view: 'draft', id: d.id })} class="draft-title">{d.title || t('list.untitled')}</a>
                )}
                <span class="muted small">
                  {t('list.segments', { count: d.segmentNames.length })} · {t('list.changed', { when: relativeTime(d.updatedAt, lang) })}
                </span>
                {d.summary && <span class="small">{d.summary}</span>}
                <span class="row-actions">
                  <button type="button" onClick={() => setRenaming({ id: d.id, title: d.title })} aria-label={t('list.renameLabel', { title: d.title })}>{t('list.rename')}</button>
                  <button type="button" onClick={() => duplicate(d)} aria-label={t('list.duplicateLabel', { title: d.title })}>{t('list.duplicate')}</button>
                  <button type="button" onClick={() => trash(d)} aria-label={t('list.deleteLabel', { title: d.title })}>{t('list.delete')}</button>
                </span>
              </li>
            ))}
          </ul>
          {shown.length > limit && (
            <button type="button" onClick={() => setLimit(limit + PAGE * 4)}>
              {t('list.more', { count: shown.length - limit })}
            </button>
          )}
          {shown.length === 0 && <p class="muted">{t('list.noMatch', { filter })}</p>}
        </>
      )}
      <p><a href={routeHash({ view: 'trash' })}>{t('list.trash', { count: trashCount })}</a></p>
    </section>
  );
}
