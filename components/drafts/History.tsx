import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import { contentOf, type Draft, type Revision } from '../../lib/model/draft';
import { diffDrafts, type Change } from '../../lib/model/diff';
import type { DraftStore } from '../../lib/store/drafts';
import { plural, relativeTime } from './format';
import { useStoreChanges } from './useStore';
import { routeHash } from '../sidepanel/route';

const REASONS: Record<Revision['reason'], string> = {
  create: 'created', edit: 'edited', merge: 'merged', restore: 'restored an earlier version', trash: 'moved to trash',
  untrash: 'restored from trash', import: 'imported', review: 'review comments merged',
};

function outline(d: Draft): string {
  const tactics = d.segments.reduce((n, s) => n + PHASE_IDS.reduce((m, p) => m + s.grid[p].length, 0), 0);
  const types = d.segments.reduce((n, s) => n + s.types.length, 0);
  return `${plural(d.segments.length, 'segment')}, ${plural(types, 'type')}, ${plural(tactics, 'tactic')}`;
}

/** Every saved version of a draft, newest first; restoring one saves it as a new version. */
export function History({ store, id }: { store: DraftStore; id: string }) {
  const [current, setCurrent] = useState<Draft | undefined>();
  const [revisions, setRevisions] = useState<Revision[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [comparing, setComparing] = useState<number | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async () => {
    const [d, r] = await Promise.all([store.get(id), store.revisions(id)]);
    if (!d.ok) return setMessage(d.error.message);
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
    else setMessage(result.error.kind === 'conflict' ? 'The draft changed meanwhile; the list is up to date now, try again.' : result.error.message);
    await load();
  };

  return (
    <section aria-labelledby="history-heading">
      <a class="back" href={routeHash({ view: 'draft', id })}>← Back to the draft</a>
      <h2 id="history-heading" ref={heading} tabIndex={-1}>History{current ? ` of “${current.title}”` : ''}</h2>
      {message && <p class="notice" role="alert">{message}</p>}
      <ol class="revisions" aria-label="Saved versions">
        {revisions?.map((r) => (
          <li key={r.rev} class="revision">
            <span>
              <strong>Version {r.rev}</strong> · {relativeTime(r.savedAt)} · {REASONS[r.reason]}
            </span>
            <span class="small muted">“{r.draft.title}” — {outline(r.draft)}</span>
            {r.draft.summary && <span class="small">{r.draft.summary}</span>}
            {current && r.rev === current.rev ? (
              <span class="small muted">Current version</span>
            ) : (
              <span class="row-actions">
                <button type="button" aria-expanded={comparing === r.rev} onClick={() => setComparing(comparing === r.rev ? undefined : r.rev)}>
                  Changes since version {r.rev}
                </button>
                <button type="button" onClick={() => restore(r.rev)}>Restore version {r.rev}</button>
              </span>
            )}
            {current && comparing === r.rev && <ChangeList changes={diffDrafts(contentOf(r.draft), contentOf(current))} rev={r.rev} />}
          </li>
        ))}
      </ol>
      <p class="small muted">The last 50 versions of each draft are kept.</p>
    </section>
  );
}

const CHANGE_WORDS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;

/** What changed from an older version to the current one. */
function ChangeList({ changes, rev }: { changes: Change[]; rev: number }) {
  if (changes.length === 0) return <p class="small muted">No changes since version {rev}.</p>;
  return (
    <ul class="changes" aria-label={`Changes since version ${rev}`}>
      {changes.map((c, i) => (
        <li key={i}>
          <strong>{CHANGE_WORDS[c.kind]}</strong> {c.where}
          {c.kind === 'changed' ? (
            <span class="small"> — <del>{c.before}</del> → <ins>{c.after}</ins></span>
          ) : (c.after ?? c.before) ? (
            <span class="small"> — “{c.after ?? c.before}”</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
