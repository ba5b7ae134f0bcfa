import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { GUIDE } from '../../../lib/catalogue/guide';
import { checkCatalogue } from '../../../lib/catalogue/validate';

const REQUIRED_IDS = [
  'transactional', 'automated-service', 'self-service', 'personal-assistance', 'dedicated-personal-assistance',
  'co-creation', 'community', 'fans', 'long-term', 'switching-costs', 'direct', 'indirect',
];

describe('catalogue data', () => {
  it('passes its schema and cross-reference checks', () => {
    expect(checkCatalogue(RELATIONSHIP_TYPES, GUIDE)).toEqual([]);
  });

  it('has the twelve required types with stable ids', () => {
    expect(RELATIONSHIP_TYPES.map((t) => t.id)).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it('gives every type two real examples and keywords to recognise it by', () => {
    for (const t of RELATIONSHIP_TYPES) {
      expect(t.examples.length, t.id).toBeGreaterThanOrEqual(2);
      expect(t.keywords.en.length, t.id).toBeGreaterThanOrEqual(6);
    }
  });

  it('covers the seed facts users look for', () => {
    const text = JSON.stringify({ RELATIONSHIP_TYPES, GUIDE }).toLowerCase();
    for (const fact of ['netflix', 'ikea', 'genius bar', 'lego ideas', 'harley-davidson', 'american express', 'salesforce',
      't-mobile', 'tesla', 'toyota', 'monzo', 'golden ticket', 'steve blank', 'linkedin', 'youtube', 'github', 'avid']) {
      expect(text, fact).toContain(fact);
    }
    expect(GUIDE.mistakes.length).toBeGreaterThanOrEqual(7);
  });

  it('reports bad data with the path of the problem', () => {
    const broken = structuredClone(RELATIONSHIP_TYPES) as unknown as Record<string, unknown>[];
    (broken[2]!.examples as { text: unknown }[])[0]!.text = 42;
    broken[3]!.related = ['no-such-type'];
    const problems = checkCatalogue(broken, GUIDE);
    expect(problems).toEqual([expect.stringMatching(/^types\[2\]\.examples\[0\]\.text: /)]);
    const unknownRef = structuredClone(RELATIONSHIP_TYPES) as unknown as Record<string, unknown>[];
    unknownRef[3]!.related = ['no-such-type'];
    expect(checkCatalogue(unknownRef, GUIDE)).toEqual([expect.stringContaining('unknown type "no-such-type"')]);
  });
});
