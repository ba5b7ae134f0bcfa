import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../components/sidepanel/route';

describe('side panel routes', () => {
  it('round-trips every view through the hash', () => {
    const routes: Route[] = [
      { view: 'catalogue' },
      { view: 'type', id: 'self-service' },
      { view: 'compare', ids: ['fans', 'community'] },
      { view: 'guide', section: 'phases' },
      { view: 'cohorts' },
      { view: 'cohort', id: 'cohort-1' },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r.view === 'guide' ? r : { ...r });
  });

  it('falls back to the catalogue for unknown or malformed hashes', () => {
    expect(parseRoute('')).toEqual({ view: 'catalogue' });
    expect(parseRoute('#/nope')).toEqual({ view: 'catalogue' });
    expect(parseRoute('#/type/<script>')).toEqual({ view: 'catalogue' });
  });

  it('keeps at most three valid ids to compare', () => {
    expect(parseRoute('#/compare/a,b,c,d,BAD')).toEqual({ view: 'compare', ids: ['a', 'b', 'c'] });
  });
});
