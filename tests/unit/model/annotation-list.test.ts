import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/model/annotation';
import { filterAnnotations, groupByPage, parseTagKey, parseTags, tagKey, tagsInUse, type TagFilter } from '../../../lib/model/annotation-list';

const RETENTION = 'https://blog.example/retention';
const PRICING = 'https://blog.example/pricing';

function annotation(id: string, parts: Partial<Annotation> = {}): Annotation {
  return {
    id,
    url: RETENTION,
    title: 'Why members stay',
    quote: { exact: 'a passage', prefix: '', suffix: '' },
    position: { start: 0, end: 9 },
    types: [],
    tags: [],
    note: '',
    createdAt: '2026-11-10T12:00:00.000Z',
    updatedAt: '2026-11-10T12:00:00.000Z',
    rev: 1,
    ...parts,
  };
}

/** A student's small collection: three passages of a retention article and one of a pricing page. */
const forum = annotation('forum', {
  quote: { exact: 'Members who post in the forum stay twice as long', prefix: '', suffix: '' },
  types: ['communities'],
  phase: 'keep',
  tags: ['evidence'],
  note: 'Use for the Keep column',
  position: { start: 1200, end: 1249 },
  createdAt: '2026-11-10T12:00:00.000Z',
});
const concierge = annotation('concierge', {
  quote: { exact: 'Our concierge answers within the hour', prefix: '', suffix: '' },
  types: ['dedicated-personal-assistance'],
  phase: 'get',
  tags: ['service', 'fast'],
  note: 'Première impression décisive',
  position: { start: 40, end: 77 },
  createdAt: '2026-11-11T08:00:00.000Z',
});
const untagged = annotation('untagged', {
  quote: { exact: 'Churn fell after the redesign', prefix: '', suffix: '' },
  position: { start: 600, end: 629 },
  createdAt: '2026-11-09T17:00:00.000Z',
});
const pricing = annotation('pricing', {
  url: PRICING,
  title: 'Self-service pricing',
  quote: { exact: 'Annual plans are cheaper', prefix: '', suffix: '' },
  types: ['self-service'],
  phase: 'grow',
  tags: ['evidence', 'pricing'],
  position: { start: 10, end: 34 },
  createdAt: '2026-11-12T09:00:00.000Z',
});
const all = [forum, concierge, untagged, pricing];
const ids = (list: readonly Annotation[]) => list.map((a) => a.id);

describe('finding annotations again: search', () => {
  it('shows everything for an empty or blank query', () => {
    expect(ids(filterAnnotations(all, ''))).toEqual(ids(all));
    expect(ids(filterAnnotations(all, '   '))).toEqual(ids(all));
  });

  it('finds a passage by words of its quote, its note, its tags or its page title', () => {
    expect(ids(filterAnnotations(all, 'forum'))).toEqual(['forum']);
    expect(ids(filterAnnotations(all, 'keep column'))).toEqual(['forum']);
    expect(ids(filterAnnotations(all, 'fast'))).toEqual(['concierge']);
    expect(ids(filterAnnotations(all, 'pricing'))).toEqual(['pricing']);
    expect(ids(filterAnnotations(all, 'members stay'))).toEqual(['forum', 'concierge', 'untagged']);
  });

  it('needs every word, though they may sit in different fields', () => {
    expect(ids(filterAnnotations(all, 'forum column'))).toEqual(['forum']);
    expect(ids(filterAnnotations(all, 'forum pricing'))).toEqual([]);
  });

  it('ignores case and accents on both sides', () => {
    expect(ids(filterAnnotations(all, 'PREMIERE IMPRESSION'))).toEqual(['concierge']);
    expect(ids(filterAnnotations(all, 'décisive'))).toEqual(['concierge']);
    expect(ids(filterAnnotations(all, 'CHURN'))).toEqual(['untagged']);
    expect(ids(filterAnnotations([annotation('accented', { note: 'decisive' })], 'DÉCISIVE'))).toEqual(['accented']);
  });

  it('finds a relationship type by its words', () => {
    expect(ids(filterAnnotations(all, 'personal assistance'))).toEqual(['concierge']);
  });

  it('finds nothing for a word no annotation holds', () => {
    expect(filterAnnotations(all, 'loyalty')).toEqual([]);
  });

  it('keeps the order it was given and never adds an annotation', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(all), fc.string({ maxLength: 12 }), (list, query) => {
        const found = filterAnnotations(list, query);
        expect(list.filter((a) => found.includes(a))).toEqual(found);
      }),
    );
  });
});

describe('finding annotations again: tag filters', () => {
  it('filters by relationship type', () => {
    expect(ids(filterAnnotations(all, '', { kind: 'type', value: 'communities' }))).toEqual(['forum']);
  });

  it('filters by phase', () => {
    expect(ids(filterAnnotations(all, '', { kind: 'phase', value: 'get' }))).toEqual(['concierge']);
    expect(ids(filterAnnotations(all, '', { kind: 'phase', value: 'grow' }))).toEqual(['pricing']);
  });

  it('filters by free tag whatever its case', () => {
    expect(ids(filterAnnotations(all, '', { kind: 'tag', value: 'evidence' }))).toEqual(['forum', 'pricing']);
    expect(ids(filterAnnotations(all, '', { kind: 'tag', value: 'EVIDENCE' }))).toEqual(['forum', 'pricing']);
    expect(ids(filterAnnotations([annotation('shouty', { tags: ['Pricing'] })], '', { kind: 'tag', value: 'pricing' }))).toEqual(['shouty']);
  });

  it('does not mistake a type, phase or tag of the same name for one another', () => {
    const named = annotation('named', { tags: ['keep'] });
    expect(ids(filterAnnotations([named, forum], '', { kind: 'phase', value: 'keep' }))).toEqual(['forum']);
    expect(ids(filterAnnotations([named, forum], '', { kind: 'tag', value: 'keep' }))).toEqual(['named']);
    expect(ids(filterAnnotations([named, forum], '', { kind: 'type', value: 'keep' }))).toEqual([]);
  });

  it('combines a tag with the search words', () => {
    expect(ids(filterAnnotations(all, 'annual', { kind: 'tag', value: 'evidence' }))).toEqual(['pricing']);
    expect(ids(filterAnnotations(all, 'annual', { kind: 'phase', value: 'keep' }))).toEqual([]);
  });

  it('offers types, then phases, then free tags, each once, in the order they appear', () => {
    expect(tagsInUse(all)).toEqual([
      { kind: 'type', value: 'communities' },
      { kind: 'type', value: 'dedicated-personal-assistance' },
      { kind: 'type', value: 'self-service' },
      { kind: 'phase', value: 'keep' },
      { kind: 'phase', value: 'get' },
      { kind: 'phase', value: 'grow' },
      { kind: 'tag', value: 'evidence' },
      { kind: 'tag', value: 'service' },
      { kind: 'tag', value: 'fast' },
      { kind: 'tag', value: 'pricing' },
    ]);
  });

  it('offers a tag used on several annotations only once', () => {
    const a = annotation('a', { types: ['community'], phase: 'get', tags: ['forum'] });
    const b = annotation('b', { types: ['community'], phase: 'get', tags: ['forum'] });
    expect(tagsInUse([a, b])).toEqual([
      { kind: 'type', value: 'community' },
      { kind: 'phase', value: 'get' },
      { kind: 'tag', value: 'forum' },
    ]);
    expect(tagsInUse([])).toEqual([]);
  });

  it('finds at least the annotation it took each offered tag from', () => {
    for (const tag of tagsInUse(all)) expect(filterAnnotations(all, '', tag).length, tagKey(tag)).toBeGreaterThan(0);
  });

  it('turns a filter into a key and back', () => {
    const tags: TagFilter[] = [{ kind: 'type', value: 'self-service' }, { kind: 'phase', value: 'grow' }, { kind: 'tag', value: 'a: b' }];
    for (const tag of tags) expect(parseTagKey(tagKey(tag))).toEqual(tag);
    expect(parseTagKey('colour:red')).toBeUndefined();
    expect(parseTagKey('tag:')).toBeUndefined();
  });
});

describe('finding annotations again: pages', () => {
  it('puts the page with the newest annotation first and passages in reading order', () => {
    const groups = groupByPage(all);
    expect(groups.map((g) => [g.url, g.title])).toEqual([
      [PRICING, 'Self-service pricing'],
      [RETENTION, 'Why members stay'],
    ]);
    expect(ids(groups[1]!.items)).toEqual(['concierge', 'untagged', 'forum']);
    expect(groups.some((g) => 'newest' in g)).toBe(false);
  });

  it('orders pages by their newest annotation, not their first', () => {
    const oldButBusy = annotation('late', { url: RETENTION, createdAt: '2026-12-01T00:00:00.000Z', position: { start: 5, end: 9 } });
    expect(groupByPage([...all, oldButBusy]).map((g) => g.url)).toEqual([RETENTION, PRICING]);
  });

  it('takes the page title from any annotation that has one', () => {
    const a = annotation('a', { title: '', createdAt: '2026-11-01T00:00:00.000Z' });
    const b = annotation('b', { title: 'Found the title', createdAt: '2026-11-02T00:00:00.000Z' });
    expect(groupByPage([a, b])).toEqual([{ url: RETENTION, title: 'Found the title', items: [a, b] }]);
  });

  it('loses no annotation and does not reorder the list it was given', () => {
    const given = [...all];
    const groups = groupByPage(given);
    expect(groups.flatMap((g) => ids(g.items)).sort()).toEqual(ids(all).sort());
    expect(given).toEqual(all);
    expect(groupByPage([])).toEqual([]);
  });
});

describe('tags typed by the student', () => {
  it('splits on commas and trims each tag', () => {
    expect(parseTags('pricing,  interview notes , churn')).toEqual(['pricing', 'interview notes', 'churn']);
  });

  it('drops empty tags and collapses runs of spaces', () => {
    expect(parseTags(' , pricing,,  ,interview \t  notes,')).toEqual(['pricing', 'interview notes']);
    expect(parseTags('')).toEqual([]);
  });

  it('keeps the first spelling of a tag typed twice in another case', () => {
    expect(parseTags('Pricing, pricing, PRICING, churn')).toEqual(['Pricing', 'churn']);
  });

  it('cuts a tag at 60 characters', () => {
    const [tag] = parseTags('x'.repeat(100));
    expect(tag).toBe('x'.repeat(60));
  });

  it('keeps at most 30 tags, counting each only once', () => {
    const many = Array.from({ length: 40 }, (_, i) => `tag ${i}`);
    expect(parseTags(many.join(','))).toEqual(many.slice(0, 30));
    expect(parseTags([...many.slice(0, 5), ...many.slice(0, 5), ...many.slice(5)].join(','))).toEqual(many.slice(0, 30));
  });

  it('gives tags that are never blank, never repeated and never over the limits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const tags = parseTags(text);
        expect(tags.length).toBeLessThanOrEqual(30);
        for (const t of tags) {
          expect(t.trim()).not.toBe('');
          expect(t.length).toBeLessThanOrEqual(60);
          expect(t).not.toContain(',');
        }
        expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(tags.length);
      }),
    );
  });
});
