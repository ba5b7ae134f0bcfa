import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { MAX_COMPARE, toggleCompare } from '../../../lib/catalogue/compare';
import { applyFilter, axisBand } from '../../../lib/catalogue/filter';

const all = RELATIONSHIP_TYPES.map((type) => ({ type }));
const ids = (items: { type: { id: string } }[]) => items.map((i) => i.type.id);

describe('catalogue filters', () => {
  it('places positions on the personal ↔ automated axis into bands', () => {
    expect(axisBand(0)).toBe('personal');
    expect(axisBand(50)).toBe('mixed');
    expect(axisBand(100)).toBe('automated');
  });

  it('keeps only personal types when filtering by "personal"', () => {
    const personal = ids(applyFilter(all, { axis: 'personal' }));
    expect(personal).toContain('dedicated-personal-assistance');
    expect(personal).toContain('personal-assistance');
    expect(personal).not.toContain('automated-service');
  });

  it('keeps only automated types when filtering by "automated"', () => {
    const automated = ids(applyFilter(all, { axis: 'automated' }));
    expect(automated).toContain('automated-service');
    expect(automated).toContain('self-service');
    expect(automated).not.toContain('dedicated-personal-assistance');
  });

  it('filters by phase and combines filters', () => {
    const grow = applyFilter(all, { phase: 'grow' });
    expect(grow.length).toBeGreaterThan(0);
    expect(grow.every((g) => g.type.phases.includes('grow'))).toBe(true);
    const both = applyFilter(all, { phase: 'keep', axis: 'personal' });
    expect(both.every((g) => g.type.phases.includes('keep') && axisBand(g.type.automation) === 'personal')).toBe(true);
    expect(applyFilter(all, {})).toHaveLength(all.length);
  });
});

describe('compare selection', () => {
  it('adds and removes types in the order picked', () => {
    let r = toggleCompare([], 'fans');
    r = toggleCompare(r.ids, 'community');
    expect(r).toEqual({ ok: true, ids: ['fans', 'community'] });
    expect(toggleCompare(r.ids, 'fans').ids).toEqual(['community']);
  });

  it(`refuses a type beyond ${MAX_COMPARE} and says why`, () => {
    const r = toggleCompare(['a', 'b', 'c'], 'd');
    expect(r.ok).toBe(false);
    expect(r.ids).toEqual(['a', 'b', 'c']);
    if (!r.ok) expect(r.error).toMatch(/up to 3/);
  });
});
