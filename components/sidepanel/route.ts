/** The side panel's views, kept in the URL hash so Back works and views can be linked to. */
export type Route =
  | { view: 'catalogue' }
  | { view: 'type'; id: string }
  | { view: 'compare'; ids: string[] }
  | { view: 'guide'; section?: string | undefined }
  | { view: 'drafts' }
  | { view: 'trash' }
  | { view: 'draft'; id: string }
  | { view: 'history'; id: string }
  | { view: 'advisor'; draftId?: string | undefined; segmentId?: string | undefined }
  /** `read`: a tab whose board to read at once (the right-click menu "Read this board"). */
  | { view: 'canvas'; read?: number | undefined }
  | { view: 'annotations' }
  | { view: 'annotation'; id: string }
  | { view: 'exchange'; draftId?: string | undefined }
  | { view: 'cohorts' }
  | { view: 'cohort'; id: string };

const TYPE_ID = /^[a-z]+(-[a-z]+)*$/;
const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads a hash like `#/type/self-service`; anything unknown falls back to the catalogue. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [view, arg, sub] = parts;
  if (view === 'type' && arg && TYPE_ID.test(arg)) return { view: 'type', id: arg };
  if (view === 'compare') return { view: 'compare', ids: (arg ?? '').split(',').filter((id) => TYPE_ID.test(id)).slice(0, 3) };
  if (view === 'guide') return { view: 'guide', section: arg };
  if (view === 'drafts') return { view: 'drafts' };
  if (view === 'canvas') return arg === 'read' && sub && /^\d{1,10}$/.test(sub) ? { view: 'canvas', read: Number(sub) } : { view: 'canvas' };
  if (view === 'annotations') return { view: 'annotations' };
  if (view === 'exchange') return arg && DRAFT_ID.test(arg) ? { view: 'exchange', draftId: arg } : { view: 'exchange' };
  if (view === 'annotation' && arg && DRAFT_ID.test(arg)) return { view: 'annotation', id: arg };
  if (view === 'trash') return { view: 'trash' };
  if (view === 'cohorts') return { view: 'cohorts' };
  if (view === 'cohort' && arg && DRAFT_ID.test(arg)) return { view: 'cohort', id: arg };
  if (view === 'advisor') {
    return arg && sub && DRAFT_ID.test(arg) && DRAFT_ID.test(sub) ? { view: 'advisor', draftId: arg, segmentId: sub } : { view: 'advisor' };
  }
  if (view === 'draft' && arg && DRAFT_ID.test(arg)) return sub === 'history' ? { view: 'history', id: arg } : { view: 'draft', id: arg };
  return { view: 'catalogue' };
}

/** The hash of a view: the one way panel links, navigation and the background name a view. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'type':
      return `#/type/${route.id}`;
    case 'compare':
      return `#/compare/${route.ids.join(',')}`;
    case 'guide':
      return route.section ? `#/guide/${route.section}` : '#/guide';
    case 'drafts':
      return '#/drafts';
    case 'trash':
      return '#/trash';
    case 'canvas':
      return route.read !== undefined ? `#/canvas/read/${route.read}` : '#/canvas';
    case 'annotations':
      return '#/annotations';
    case 'annotation':
      return `#/annotation/${route.id}`;
    case 'exchange':
      return route.draftId ? `#/exchange/${route.draftId}` : '#/exchange';
    case 'draft':
      return `#/draft/${route.id}`;
    case 'cohorts':
      return '#/cohorts';
    case 'cohort':
      return `#/cohort/${route.id}`;
    case 'history':
      return `#/draft/${route.id}/history`;
    case 'advisor':
      return route.draftId && route.segmentId ? `#/advisor/${route.draftId}/${route.segmentId}` : '#/advisor';
    case 'catalogue':
      return '#/';
  }
}
