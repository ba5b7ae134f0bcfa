import { describe, expect, it } from 'vitest';
import { editDistance, normalise, typoAllowance, words } from '../../../lib/catalogue/text';

describe('text', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalise('  Self-Service, É-mail!  ')).toBe('self service e mail');
    expect(words('Gemeinschaft & Forum')).toEqual(['gemeinschaft', 'forum']);
    expect(words(' … ')).toEqual([]);
  });

  it('counts typos, transpositions included, and stops past the bound', () => {
    expect(editDistance('chatbot', 'chatbot', 1)).toBe(0);
    expect(editDistance('chatbto', 'chatbot', 1)).toBe(1);
    expect(editDistance('comunity', 'community', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  it('tolerates no typo in short words and more in long ones', () => {
    expect(typoAllowance(3)).toBe(0);
    expect(typoAllowance(6)).toBe(1);
    expect(typoAllowance(11)).toBe(2);
  });
});
