import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Listing } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';
import { relativeTime } from '../../lib/i18n/format';
import { useI18n } from '../i18n';
import { storeErrorText } from './store-words';
import { useDraftsText } from './text';
import { useStoreChanges } from './useStore';
import { routeHash } from '../sidepanel/route';

/** Deleted drafts: restore one, or empty the trash for good after confirming. */
export function Trash({ store }: { store: DraftStore }) {
  const [drafts, setDrafts] = useState<Listing[] | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useDraftsText();
  const { t: core, lang } = useI18n();

  const load = async () => {
    const result = await store.overview();
    if (result.ok) setDrafts(result.value.trash);
    else setMessage(storeErrorText(result.error, t));
  };
  useEffect(() => void load(), [store]);
  useStoreChanges(() => void load(), [store]);
  useLayoutEffect(() => heading.current?.focus(), []);

  const restore = async (d: Listing) => {
    const result = await store.restore(d.id);
    setMessage(result.ok ? t('trash.restored', { title: d.title || t('list.untitled') }) : storeErrorText(result.error, t));
    await load();
  };
  const empty = async () => {
    const result = await store.emptyTrash();
    setConfirming(false);
    setMessage(result.ok ? t('trash.deleted', { count: result.value }) : storeErrorText(result.error, t));
    await load();
  };

  return (
    <section aria-labelledby="trash-heading">
      <a class="back" href={routeHash({ view: 'drafts' })}>← {core('nav.drafts')}</a>
      <h2 id="trash-heading" ref={heading} tabIndex={-1}>{t('trash.heading')}</h2>
      {message && <p class="notice" role="status">{message}</p>}
      {drafts === undefined ? (
        <p class="muted">{t('list.loading')}</p>
      ) : drafts.length === 0 ? (
        <p class="empty">{t('trash.empty')}</p>
      ) : (
        <>
          <ul class="draft-list" aria-label={t('trash.label')}>
            {drafts.map((d) => (
              <li key={d.id} class="draft-card">
                <span class="draft-title">{d.title || t('list.untitled')}</span>
                <span class="muted small">{t('trash.deletedWhen', { when: relativeTime(d.deletedAt!, lang) })}</span>
                <span class="row-actions">
                  <button type="button" onClick={() => restore(d)} aria-label={t('trash.restoreLabel', { title: d.title || t('list.untitled') })}>{t('trash.restore')}</button>
                </span>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div class="notice warning" role="alertdialog" aria-label={t('trash.confirmLabel')}>
              <p>{t('trash.confirm', { count: drafts.length })}</p>
              <button type="button" class="danger" onClick={empty}>{t('trash.deleteForGood')}</button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>{t('list.cancel')}</button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>{t('trash.emptyTrash')}</button>
          )}
        </>
      )}
    </section>
  );
}
