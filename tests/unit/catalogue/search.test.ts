import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { buildIndex, search } from '../../../lib/catalogue/search';

const index = buildIndex(RELATIONSHIP_TYPES);
const top = (q: string) => search(index, q)[0]?.type.id;
const ids = (q: string) => search(index, q).map((h) => h.type.id);

describe('catalogue search', () => {
  it('lists every type in catalogue order for an empty query', () => {
    expect(ids('')).toEqual(RELATIONSHIP_TYPES.map((t) => t.id));
    expect(ids('   ')).toHaveLength(RELATIONSHIP_TYPES.length);
  });

  it('finds automated service first for "chatbot"', () => {
    expect(top('chatbot')).toBe('automated-service');
  });

  it('matches names, synonyms and example companies', () => {
    expect(top('community')).toBe('community');
    expect(top('account manager')).toBe('dedicated-personal-assistance');
    expect(top('forum')).toBe('community');
    expect(top('help centre')).toBe('self-service');
    expect(top('IKEA')).toBe('self-service');
    expect(top('Harley-Davidson')).toBe('fans');
    expect(top('lego ideas')).toBe('co-creation');
    expect(top('dealership')).toBe('indirect');
  });

  it('forgives typos', () => {
    expect(top('chatbto')).toBe('automated-service');
    expect(top('comunity')).toBe('community');
    expect(top('self servise')).toBe('self-service');
    expect(top('switchng costs')).toBe('switching-costs');
  });

  it('matches while the user is still typing a word', () => {
    expect(top('chatb')).toBe('automated-service');
    expect(ids('co-cre')).toContain('co-creation');
  });

  it('recognises keywords in other languages', () => {
    expect(top('Selbstbedienung')).toBe('self-service');
  });

  it('is case- and accent-insensitive', () => {
    expect(ids('CHATBOT')).toEqual(ids('chatbot'));
  });

  it('returns nothing for words the catalogue does not know', () => {
    expect(ids('xylophone quantum')).toEqual([]);
  });

  it('requires every word of the query to match', () => {
    const both = ids('personal banker');
    expect(both[0]).toBe('dedicated-personal-assistance');
    expect(both).not.toContain('transactional');
  });
});
