import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../components/sidepanel/route';

/**
 * Every view with each of its shapes. Keyed by view, so a view added to `Route` without an example here
 * fails the typecheck, and one whose hash does not read back fails the round trip.
 */
const EVERY_VIEW: { [V in Route['view']]: Extract<Route, { view: V }>[] } = {
  catalogue: [{ view: 'catalogue' }],
  type: [{ view: 'type', id: 'self-service' }],
  compare: [{ view: 'compare', ids: ['fans', 'community'] }, { view: 'compare', ids: [] }],
  guide: [{ view: 'guide', section: 'phases' }, { view: 'guide' }],
  drafts: [{ view: 'drafts' }],
  trash: [{ view: 'trash' }],
  draft: [{ view: 'draft', id: 'Draft_1-a' }],
  history: [{ view: 'history', id: 'Draft_1-a' }],
  advisor: [{ view: 'advisor', draftId: 'd1', segmentId: 's-2' }, { view: 'advisor' }],
  canvas: [{ view: 'canvas' }, { view: 'canvas', read: 42 }],
  annotations: [{ view: 'annotations' }],
  annotation: [{ view: 'annotation', id: 'a_9' }],
  exchange: [{ view: 'exchange', draftId: 'd1' }, { view: 'exchange' }],
  cohorts: [{ view: 'cohorts' }],
  cohort: [{ view: 'cohort', id: 'cohort-1' }],
};

describe('side panel routes', () => {
  it.each(Object.values(EVERY_VIEW).flat().map((r) => [routeHash(r), r] as const))('reads %s back as the view it was made from', (hash, route) => {
    expect(hash).toMatch(/^#\//);
    expect(parseRoute(hash)).toEqual(route);
  });

  it('gives each view its own hash', () => {
    const hashes = Object.values(EVERY_VIEW).flat().map(routeHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('falls back to the catalogue for unknown or malformed hashes', () => {
    expect(parseRoute('')).toEqual({ view: 'catalogue' });
    expect(parseRoute('#/nope')).toEqual({ view: 'catalogue' });
    expect(parseRoute('#/type/<script>')).toEqual({ view: 'catalogue' });
    expect(parseRoute('#/draft/<script>')).toEqual({ view: 'catalogue' });
  });

  it('keeps at most three valid ids to compare', () => {
    expect(parseRoute('#/compare/a,b,c,d,BAD')).toEqual({ view: 'compare', ids: ['a', 'b', 'c'] });
  });
});
