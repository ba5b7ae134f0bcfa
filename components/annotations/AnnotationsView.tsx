import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { PHASE_IDS, type PhaseId } from '../../lib/catalogue/ids';
import type { Translate } from '../../lib/i18n/catalogue';
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
import { useStoreChanges } from '../drafts/useStore';
import { AnnotationCard } from './AnnotationCard';
import { SkippedRecords } from '../drafts/SkippedRecords';
import { useI18n, type I18n } from '../i18n';
import { AnnotationsText, useAnnotationErrorText, useAnnotationsText } from './text';


const isPhase = (value: string): value is PhaseId => (PHASE_IDS as readonly string[]).includes(value);

/** A tag filter's option in words: a type's or phase's name in the panel's language, a free tag as `#tag`. */
function tagLabel(key: string, t: Translate<'annotations'>, { t: core, typeById }: I18n): string {
  const tag = parseTagKey(key);
  if (!tag) return key;
  if (tag.kind === 'type') return typeById(tag.value)?.name ?? tag.value;
  if (tag.kind === 'phase') return t('all.phaseTag', { phase: isPhase(tag.value) ? core(`phase.${tag.value}`) : tag.value });
  return `#${tag.value}`;
}

async function readerStatus(tabId: number): Promise<ReaderStatus> {
  const parsed = ReaderStatus.safeParse(await askReader(tabId, { type: 'reader/status' }));
  return parsed.success ? parsed.data : { status: 'inactive' };
}

/** Annotations: the open page's (placed or orphaned) and every one, searchable, filterable, grouped by page. */
export function AnnotationsView({ store }: { store: AnnotationStore }) {
  return <AnnotationsText><Annotations store={store} /></AnnotationsText>;
}

function Annotations({ store }: { store: AnnotationStore }) {
  const t = useAnnotationsText();
  const errorText = useAnnotationErrorText();
  const i18n = useI18n();
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
    if (!list.ok) return setMessage({ text: errorText(list.error), error: true });
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
    if (!started.ok) return setMessage({ text: t(`page.${started.reason}`, { detail: started.detail }), error: true });
    // The injection has finished, so the reader listens; it answers its status once the highlights are placed.
    const now = await readerStatus(tab.id);
    if (now.status !== 'active') return setMessage({ text: t('list.noAnswer'), error: true });
    setStatus(now);
    setMessage({ text: t('list.started') });
  };

  // Opting in must call permissions.request straight from the click, before anything else is awaited.
  const alwaysOn = async () => {
    if (!tab) return;
    const result = await enableSite(tab);
    if (!result.ok) return setMessage({ text: t(`page.${result.reason}`), error: true });
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
    if (!result.ok) return setMessage({ text: errorText(result.error), error: true });
    setMessage({ text: t('list.trashed'), undo: () => void store.restore(a.id).then(() => refreshReaderFor(a.url)) });
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
        <h2 id="annotations-heading" ref={heading} tabIndex={-1}>{t('list.heading')}</h2>
      </div>
      {message && (
        <p class={`notice${message.error ? ' error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}{' '}
          {message.undo && <button type="button" onClick={() => { message.undo!(); setMessage(undefined); }}>{t('list.undo')}</button>}
        </p>
      )}
      <SkippedRecords problems={problems} what="annotations" />

      <section aria-labelledby="this-page-heading">
        <h3 id="this-page-heading">{t('page.heading')}</h3>
        {!tab ? (
          <p class="muted">{t('page.none', { shortcut: ANNOTATE_SHORTCUT })}</p>
        ) : (
          <>
            <p class="small muted">{tab.title || tab.url}</p>
            {status.status === 'active' ? (
              <p class="small" role="status">
                {t(orphans.size > 0 ? 'page.onWithOrphans' : 'page.on', { passages: t('page.passages', { count: status.anchored.length }), orphans: orphans.size })}
              </p>
            ) : (
              <button type="button" class="primary" onClick={start}>{t('page.start')}</button>
            )}
            {siteOn ? (
              <p class="small muted">{t('page.siteOn')}</p>
            ) : (
              <button type="button" onClick={alwaysOn}>{t('page.alwaysOn')}</button>
            )}
            {onPage.length === 0 ? (
              <p class="muted small">{t('page.empty')}</p>
            ) : (
              <ul class="annotation-list" aria-label={t('page.list')}>{onPage.map(card)}</ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="all-annotations-heading">
        <h3 id="all-annotations-heading">{t('all.heading')}</h3>
        {all === undefined ? (
          <p class="muted">{t('all.loading')}</p>
        ) : all.length === 0 ? (
          <p class="empty">{t('all.empty', { shortcut: ANNOTATE_SHORTCUT })}</p>
        ) : (
          <>
            <div class="filters">
              <input type="search" class="search" aria-label={t('all.search')} placeholder={t('all.searchPlaceholder')}
                value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
              <label class="field">
                <span>{t('all.tag')}</span>
                <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
                  <option value="">{t('all.allTags')}</option>
                  {tagsInUse(all).map((tag) => <option key={tagKey(tag)} value={tagKey(tag)}>{tagLabel(tagKey(tag), t, i18n)}</option>)}
                </select>
              </label>
            </div>
            <p class="small muted" role="status">{t('all.count', { count: shown.length })}</p>
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
