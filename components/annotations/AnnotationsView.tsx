import { PHASE_NAMES, type PhaseId } from '../../lib/catalogue/ids';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { typeById } from '../../lib/catalogue';
import { pageKey } from '../../lib/model/page';
import type { PageTab } from '../../lib/page-tab';
import type { Annotation } from '../../lib/model/annotation';
import { filterAnnotations, groupByPage, parseTagKey, tagKey, tagsInUse } from '../../lib/model/annotation-list';
import { textFragmentUrl } from '../../lib/model/evidence';
import { ANNOTATE_SHORTCUT } from '../../lib/bundle';
import { ReaderStatus } from '../../lib/messages-reader';
import { askReader, injectReader, onReaderReady, refreshReaderFor } from '../../lib/platform/reader';
import { openUrl, pageTab, showTab } from '../../lib/platform/tabs';
import { enableSite, optedInSites } from '../../lib/platform/sites';
import { originPattern } from '../../lib/sites';
import type { AnnotationStore } from '../../lib/store/annotations';
import { plural } from '../drafts/format';
import { useStoreChanges } from '../drafts/useStore';
import { AnnotationCard } from './AnnotationCard';
import { SkippedRecords } from '../drafts/SkippedRecords';


const tagLabel = (key: string) => {
  const t = parseTagKey(key);
  if (!t) return key;
  return t.kind === 'type' ? typeById(t.value)?.name ?? t.value : t.kind === 'phase' ? `${PHASE_NAMES[t.value as PhaseId] ?? t.value} phase` : `#${t.value}`;
};

async function readerStatus(tabId: number): Promise<ReaderStatus> {
  const parsed = ReaderStatus.safeParse(await askReader(tabId, { type: 'reader/status' }));
  return parsed.success ? parsed.data : { status: 'inactive' };
}

/** Annotations: the open page's (placed or orphaned) and every one, searchable, filterable, grouped by page. */
export function AnnotationsView({ store }: { store: AnnotationStore }) {
  const [tab, setTab] = useState<PageTab | undefined>();
  const [status, setStatus] = useState<ReaderStatus>({ status: 'inactive' });
  const [all, setAll] = useState<Annotation[] | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [siteOn, setSiteOn] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean; undo?: () => void } | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async () => {
    const list = await store.list();
    if (!list.ok) return setMessage({ text: list.error.message, error: true });
    setAll(list.value.items);
    setProblems(list.value.problems);
    const current = await pageTab().catch(() => undefined);
    setTab(current);
    if (current) setStatus(await readerStatus(current.id));
    const pattern = current && originPattern(current.url);
    const sites: string[] = await optedInSites().catch(() => []);
    setSiteOn(Boolean(pattern && sites.includes(pattern)));
  };
  useEffect(() => void load(), [store]);
  // A reader that starts by itself (an opted-in site, a reload, a new tab) says so: "this page" follows.
  useEffect(() => onReaderReady(() => void load()), [store]);
  useStoreChanges((change) => change.annotations && void load(), [store]);
  useLayoutEffect(() => heading.current?.focus(), []);

  const start = async () => {
    if (!tab) return;
    const started = await injectReader(tab.id);
    if (!started.ok) return setMessage({ text: started.error, error: true });
    // The injection has finished, so the reader listens; it answers its status once the highlights are placed.
    const now = await readerStatus(tab.id);
    if (now.status !== 'active') return setMessage({ text: 'The page did not answer; reload it and try again.', error: true });
    setStatus(now);
    setMessage({ text: 'Highlights are on. Select text on the page to annotate it.' });
  };

  // Opting in must call permissions.request straight from the click, before anything else is awaited.
  const alwaysOn = async () => {
    if (!tab) return;
    const result = await enableSite(tab);
    if (!result.ok) return setMessage({ text: result.error, error: true });
    setSiteOn(true);
    await start();
  };

  const goTo = async (a: Annotation) => {
    if (tab && pageKey(tab.url) === a.url && status.status === 'active') {
      const answer = await askReader(tab.id, { type: 'reader/focus', id: a.id });
      if ((answer as { ok?: boolean } | undefined)?.ok) return showTab(tab.id);
    }
    // Elsewhere the browser finds the passage itself from a text fragment.
    await openUrl(textFragmentUrl(a.url, a.quote.exact, a.quote.prefix, a.quote.suffix));
  };

  const trash = async (a: Annotation) => {
    const result = await store.trash(a.id);
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    setMessage({ text: 'Annotation moved to the trash.', undo: () => void store.restore(a.id).then(() => refreshReaderFor(a.url)) });
    void refreshReaderFor(a.url);
  };

  const onPage = tab ? (all ?? []).filter((a) => a.url === pageKey(tab.url)) : [];
  const orphans = new Set(status.status === 'active' ? status.orphans : []);
  const placement = (a: Annotation) => (status.status !== 'active' ? undefined : orphans.has(a.id) ? 'orphan' : 'placed');
  const tagFilter = parseTagKey(tag);
  const shown = filterAnnotations(all ?? [], query, tagFilter);
  const card = (a: Annotation) => <AnnotationCard key={a.id} annotation={a} placement={tab && a.url === pageKey(tab.url) ? placement(a) : undefined} onGoTo={goTo} onTrash={trash} />;

  return (
    <section class="annotations" aria-labelledby="annotations-heading">
      <div class="view-head">
        <h2 id="annotations-heading" ref={heading} tabIndex={-1}>Annotations</h2>
      </div>
      {message && (
        <p class={`notice${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}{' '}
          {message.undo && <button type="button" onClick={() => { message.undo!(); setMessage(undefined); }}>Undo</button>}
        </p>
      )}
      <SkippedRecords problems={problems} what="annotations" />

      <section aria-labelledby="this-page-heading">
        <h3 id="this-page-heading">This page</h3>
        {!tab ? (
          <p class="muted">No article the extension may read is open in this window. On the article, click the toolbar button, press {ANNOTATE_SHORTCUT} or right-click “Show my highlights on this page”.</p>
        ) : (
          <>
            <p class="small muted">{tab.title || tab.url}</p>
            {status.status === 'active' ? (
              <p class="small" role="status">
                Highlights are on: {plural(status.anchored.length, 'passage')} shown{orphans.size > 0 && `, ${orphans.size} not found on the page`}.
              </p>
            ) : (
              <button type="button" class="primary" onClick={start}>Show highlights on this page</button>
            )}
            {siteOn ? (
              <p class="small muted">Highlights come back by themselves on this site (Canvas → “Use on this site” turns it off).</p>
            ) : (
              <button type="button" onClick={alwaysOn}>Always show highlights on this site</button>
            )}
            {onPage.length === 0 ? (
              <p class="muted small">No annotations on this page yet. Select a passage and choose “Highlight” or “Annotate”.</p>
            ) : (
              <ul class="annotation-list" aria-label="Annotations on this page">{onPage.map(card)}</ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="all-annotations-heading">
        <h3 id="all-annotations-heading">All annotations</h3>
        {all === undefined ? (
          <p class="muted">Loading…</p>
        ) : all.length === 0 ? (
          <p class="empty">
            Nothing yet. On an article, select a passage and right-click “Annotate selection” (or press {ANNOTATE_SHORTCUT}) to
            highlight it, tag it with a relationship type or a Get / Keep / Grow phase, and note why it matters.
          </p>
        ) : (
          <>
            <div class="filters">
              <input type="search" class="search" aria-label="Search annotations" placeholder="Search passages, notes and tags"
                value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
              <label class="field">
                <span>Tag</span>
                <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
                  <option value="">All tags</option>
                  {tagsInUse(all).map((t) => <option key={tagKey(t)} value={tagKey(t)}>{tagLabel(tagKey(t))}</option>)}
                </select>
              </label>
            </div>
            <p class="small muted" role="status">{plural(shown.length, 'annotation')}</p>
            {groupByPage(shown).map((g) => (
              <section key={g.url} class="page-group" aria-label={g.title || g.url}>
                <h4><a href={g.url} target="_blank" rel="noopener noreferrer">{g.title || g.url}</a></h4>
                <ul class="annotation-list">{g.items.map(card)}</ul>
              </section>
            ))}
          </>
        )}
      </section>
    </section>
  );
}
