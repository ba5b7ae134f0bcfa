import { describe, expect, it } from 'vitest';
import { suggestSummary } from '../../../lib/advice/summary';
import { typeById } from '../../../lib/catalogue';
import type { Segment } from '../../../lib/model/draft';

const typeName = (id: string) => typeById(id)?.name;
const segment = (name: string, ...typeIds: string[]): Segment => ({
  id: `seg-${name.toLowerCase().replace(/\W+/g, '-') || 'blank'}`,
  name,
  types: typeIds.map((typeId) => ({ typeId, rationale: '' })),
  grid: { get: [], keep: [], grow: [] },
  notes: '',
});

describe('the suggested summary line', () => {
  it('is empty while no segment has a relationship type', () => {
    expect(suggestSummary({ segments: [] }, typeName)).toBe('');
    expect(suggestSummary({ segments: [segment('Offices'), segment('Students')] }, typeName)).toBe('');
  });

  it('joins one segment’s types with " + ", the first word capitalised', () => {
    expect(suggestSummary({ segments: [segment('Offices', 'personal-assistance', 'self-service')] }, typeName)).toBe(
      'Personal assistance + self-service',
    );
  });

  it('puts the types every segment shares first, then what is specific to each segment', () => {
    const segments = [
      segment('Offices', 'self-service', 'dedicated-personal-assistance'),
      segment('Students', 'community', 'self-service'),
    ];
    expect(suggestSummary({ segments }, typeName)).toBe('Self-service, dedicated personal assistance for Offices, community for Students');
  });

  it('names each segment’s own types when nothing is shared', () => {
    const segments = [segment('Offices', 'personal-assistance'), segment('Students', 'community', 'co-creation')];
    expect(suggestSummary({ segments }, typeName)).toBe('Personal assistance for Offices, community + co-creation for Students');
  });

  it('leaves out segments without types', () => {
    const segments = [segment('Offices', 'automated-service'), segment('Walk-ins')];
    expect(suggestSummary({ segments }, typeName)).toBe('Automated service');
  });

  it('calls a segment without a name "an unnamed segment"', () => {
    const segments = [segment('Offices', 'personal-assistance'), segment('  ', 'community')];
    expect(suggestSummary({ segments }, typeName)).toBe('Personal assistance for Offices, community for an unnamed segment');
  });

  it('spells out a type the catalogue does not know from its id', () => {
    expect(suggestSummary({ segments: [segment('Offices', 'virtual-concierge')] }, typeName)).toBe('Virtual concierge');
  });
});
