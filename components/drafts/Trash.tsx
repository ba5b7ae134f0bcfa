import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Listing } from '../../lib/model/draft';
import type { DraftStore } from '../../lib/store/drafts';
import { plural, relativeTime } from './format';
import { useStoreChanges } from './useStore';
import { routeHash } from '../sidepanel/route';

/** Deleted drafts: restore one, or empty the trash for good after confirming. */
export function Trash({ store }: { store: DraftStore }) {
  const [drafts, setDrafts] = useState<Listing[] | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async () => {
    const result = await store.overview();
    if (result.ok) setDrafts(result.value.trash);
    else setMessage(result.error.message);
  };
  useEffect(() => void load(), [store]);
  useStoreChanges(() => void load(), [store]);
  useLayoutEffect(() => heading.current?.focus(), []);

  const restore = async (d: Listing) => {
    const result = await store.restore(d.id);
    setMessage(result.ok ? `Restored “${d.title}”.` : result.error.message);
    await load();
  };
  const empty = async () => {
    const result = await store.emptyTrash();
    setConfirming(false);
    setMessage(result.ok ? `Deleted ${plural(result.value, 'draft')} for good.` : result.error.message);
    await load();
  };

  return (
    <section aria-labelledby="trash-heading">
      <a class="back" href={routeHash({ view: 'drafts' })}>← Drafts</a>
      <h2 id="trash-heading" ref={heading} tabIndex={-1}>Trash</h2>
      {message && <p class="notice" role="status">{message}</p>}
      {drafts === undefined ? (
        <p class="muted">Loading…</p>
      ) : drafts.length === 0 ? (
        <p class="empty">The trash is empty.</p>
      ) : (
        <>
          <ul class="draft-list" aria-label="Deleted drafts">
            {drafts.map((d) => (
              <li key={d.id} class="draft-card">
                <span class="draft-title">{d.title || 'Untitled draft'}</span>
                <span class="muted small">deleted {relativeTime(d.deletedAt!)}</span>
                <span class="row-actions">
                  <button type="button" onClick={() => restore(d)} aria-label={`Restore “${d.title}”`}>Restore</button>
                </span>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div class="notice warning" role="alertdialog" aria-label="Empty the trash?">
              <p>Delete {plural(drafts.length, 'draft')} and their history for good? This cannot be undone.</p>
              <button type="button" class="danger" onClick={empty}>Delete for good</button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>Empty trash</button>
          )}
        </>
      )}
    </section>
  );
}
