import { useEffect, useMemo, useState } from 'preact/hooks';
import { toggleCompare } from '../../lib/catalogue/compare';
import type { CatalogueFilter } from '../../lib/catalogue/filter';
import { buildIndex } from '../../lib/catalogue/search';
import { RELATIONSHIP_TYPES } from '../../lib/catalogue';
import { withNamesInEveryLanguage } from '../../lib/i18n/localise';
import { useI18n } from '../i18n';
import type { TypeNames } from '../../lib/i18n/content/type-names';
import { LanguageSetting } from './LanguageSetting';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { CatalogueList } from '../catalogue/CatalogueList';
import { CompareView } from '../catalogue/CompareView';
import { GuideView } from '../catalogue/GuideView';
import { TypeDetail } from '../catalogue/TypeDetail';
import { PANEL_CHANNEL } from '../../lib/channels';
import { Lazy } from './lazy';
import type { PanelReport } from '../../lib/messages-panel';

// One chunk per area, loaded when first shown (see lazy.tsx).
const loadDrafts = () => import('./views/drafts').then((m) => m.DraftViews);
const loadEditor = () => import('./views/editor').then((m) => m.EditorViews);
const loadAddToDraft = () => import('./views/drafts').then((m) => m.AddToDraftView);
const loadAdvisor = () => import('./views/advisor').then((m) => m.AdvisorArea);
const loadCanvas = () => import('./views/canvas').then((m) => m.CanvasArea);
const loadAnnotations = () => import('./views/annotations').then((m) => m.AnnotationArea);
const loadExchange = () => import('./views/exchange').then((m) => m.ExchangeArea);
const loadCohorts = () => import('./views/cohort').then((m) => m.CohortArea);
const loadCohort = () => import('./views/cohort-workspace').then((m) => m.WorkspaceArea);
import { parseRoute, routeHash, type Route } from './route';

const DRAFT_VIEWS: Route['view'][] = ['drafts', 'trash', 'draft', 'history'];

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    // The background asks open panels to show a view (e.g. the draft just made from a canvas).
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(PANEL_CHANNEL);
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        // The schema (and zod) load only when such a message arrives, keeping the first view small.
        void import('../../lib/messages-panel').then(({ parsePanelShow }) => {
          const show = parsePanelShow(event.data);
          if (!show) return;
          if (location.hash !== show.hash) location.hash = show.hash;
          const shown: PanelReport = { type: 'panel/shown', hash: show.hash };
          channel.postMessage(shown);
        });
      };
      const ready: PanelReport = { type: 'panel/ready' };
      channel.postMessage(ready);
    }
    return () => {
      removeEventListener('hashchange', onHash);
      channel?.close();
    };
  }, []);
  return route;
}

/** The side panel: catalogue list, type detail, compare and guide views, switched by the URL hash. */
export function App() {
  const route = useRoute();
  const { t, types, typeById } = useI18n();
  const [query, setQuery] = useState('');
  // Search covers every language's names and keywords, whatever language the panel speaks; the table of names
  // in every language loads at the first query, so the first view does not wait for it.
  const [names, setNames] = useState<TypeNames | undefined>();
  useEffect(() => {
    if (query && !names) void import('../../lib/i18n/content/type-names').then((m) => setNames(m.TYPE_NAMES));
  }, [query, names]);
  const index = useMemo(() => buildIndex(withNamesInEveryLanguage(types, RELATIONSHIP_TYPES, names)), [types, names]);
  const [filter, setFilter] = useState<CatalogueFilter>({});
  const [compareIds, setCompareIds] = useState<string[]>([]);
  const [lastOpened, setLastOpened] = useState<string | undefined>();

  // The compare view's hash is the source of truth when the user lands on it directly.
  useEffect(() => {
    if (route.view === 'compare' && route.ids.join() !== compareIds.join()) setCompareIds(route.ids);
    if (route.view === 'type') setLastOpened(route.id);
  }, [route]);

  const onToggleCompare = (id: string) => {
    const result = toggleCompare(compareIds, id);
    setCompareIds(result.ids);
    if (route.view === 'compare') location.replace(routeHash({ view: 'compare', ids: result.ids }));
  };

  const compared = compareIds.map(typeById).filter((t): t is RelationshipType => Boolean(t));

  return (
    <div class="app">
      <header class="app-header">
        <div class="title-row">
          <h1>{t('app.title')}</h1>
          <a class="small" href={`sidepanel.html${routeHash(route)}`} target="_blank" rel="noopener">{t('app.openInTab')}</a>
        </div>
        <nav aria-label={t('nav.label')}>
          <a href={routeHash({ view: 'catalogue' })} aria-current={route.view === 'catalogue' || route.view === 'type' ? 'page' : undefined}>{t('nav.catalogue')}</a>
          <a href={routeHash({ view: 'drafts' })} aria-current={DRAFT_VIEWS.includes(route.view) ? 'page' : undefined}>{t('nav.drafts')}</a>
          <a href={routeHash({ view: 'advisor' })} aria-current={route.view === 'advisor' ? 'page' : undefined}>{t('nav.advisor')}</a>
          <a href={routeHash({ view: 'canvas' })} aria-current={route.view === 'canvas' ? 'page' : undefined}>{t('nav.canvas')}</a>
          <a href={routeHash({ view: 'annotations' })} aria-current={route.view === 'annotations' || route.view === 'annotation' ? 'page' : undefined}>{t('nav.annotations')}</a>
          <a href={routeHash({ view: 'exchange' })} aria-current={route.view === 'exchange' ? 'page' : undefined}>{t('nav.exchange')}</a>
          <a href={routeHash({ view: 'cohorts' })} aria-current={route.view === 'cohorts' || route.view === 'cohort' ? 'page' : undefined}>{t('nav.class')}</a>
          <a href={routeHash({ view: 'guide' })} aria-current={route.view === 'guide' ? 'page' : undefined}>{t('nav.guide')}</a>
          <a
            href={routeHash({ view: 'compare', ids: compareIds })}
            aria-current={route.view === 'compare' ? 'page' : undefined}
          >
            {t('nav.compare')}{compareIds.length > 0 && <span class="count"> ({compareIds.length})</span>}
          </a>
        </nav>
        <LanguageSetting />
      </header>
      <main>
        {route.view === 'catalogue' && (
          <CatalogueList
            index={index}
            query={query}
            onQuery={setQuery}
            filter={filter}
            onFilter={setFilter}
            compareIds={compareIds}
            onToggleCompare={onToggleCompare}
            returnFocusTo={lastOpened}
          />
        )}
        {route.view === 'type' && (() => {
          const type = typeById(route.id);
          return type ? (
            <TypeDetail
              type={type}
              compareIds={compareIds}
              onToggleCompare={onToggleCompare}
              addToDraft={<Lazy load={loadAddToDraft} props={{ type }} />}
            />
          ) : (
            <p role="alert">{t('type.missing', { id: route.id })} <a href={routeHash({ view: 'catalogue' })}>{t('type.backToAll')}</a></p>
          );
        })()}
        {route.view === 'compare' && <CompareView types={compared} onRemove={onToggleCompare} />}
        {route.view === 'guide' && <GuideView section={route.section} />}
        {(route.view === 'drafts' || route.view === 'trash') && <Lazy load={loadDrafts} props={{ route }} />}
        {(route.view === 'draft' || route.view === 'history') && <Lazy load={loadEditor} props={{ route }} />}
        {route.view === 'advisor' && <Lazy load={loadAdvisor} props={{ route }} />}
        {route.view === 'canvas' && <Lazy load={loadCanvas} props={{ readTab: route.read }} />}
        {(route.view === 'annotations' || route.view === 'annotation') && <Lazy load={loadAnnotations} props={{ route }} />}
        {route.view === 'exchange' && <Lazy load={loadExchange} props={{ route }} />}
        {route.view === 'cohorts' && <Lazy load={loadCohorts} props={{}} />}
        {route.view === 'cohort' && <Lazy load={loadCohort} props={{ route }} />}
      </main>
    </div>
  );
}
