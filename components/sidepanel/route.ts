/** The side panel's views, kept in the URL hash so Back works and views can be linked to. */
export type Route =
  | { view: 'catalogue' }
  | { view: 'type'; id: string }
  | { view: 'compare'; ids: string[] }
  | { view: 'guide'; section?: string | undefined };

const ID = /^[a-z]+(-[a-z]+)*$/;

/** Reads a hash like `#/type/self-service`; anything unknown falls back to the catalogue. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [view, arg] = parts;
  if (view === 'type' && arg && ID.test(arg)) return { view: 'type', id: arg };
  if (view === 'compare') return { view: 'compare', ids: (arg ?? '').split(',').filter((id) => ID.test(id)).slice(0, 3) };
  if (view === 'guide') return { view: 'guide', section: arg };
  return { view: 'catalogue' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'type':
      return `#/type/${route.id}`;
    case 'compare':
      return `#/compare/${route.ids.join(',')}`;
    case 'guide':
      return route.section ? `#/guide/${route.section}` : '#/guide';
    default:
      return '#/';
  }
}
