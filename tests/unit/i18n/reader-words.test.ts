/**
 * The reader in an article carries English only; the background sends another language's words with the page's
 * annotations (`reader/load`). They must come back whole, be checked like any message from outside, and fall back
 * to English word by word when something is missing or malformed.
 */
import { describe, expect, it } from 'vitest';
import { readerText } from '../../../components/reader/ui';
import { wordsFrom } from '../../../lib/i18n/chip';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { READER_MESSAGES, readerWordsIn } from '../../../lib/i18n/reader';
import { LoadAnswer } from '../../../lib/messages-reader';

describe('the reader words sent with a page’s annotations', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('pass the answer’s check and come back whole in %s', (lang) => {
    const answer = LoadAnswer.parse({ ok: true, annotations: [], ...readerWordsIn(lang) });
    if (!answer.ok) expect.fail('expected an answer with annotations');
    expect(answer.language).toBe(lang);
    expect(wordsFrom<'reader'>(answer.words ?? [])).toEqual(READER_MESSAGES[lang]);
  });

  it('make the adder and its messages speak German, numbers written the German way', () => {
    const { language, words } = readerWordsIn('de');
    const t = readerText(language, words);
    expect(t('adder.highlight')).toBe('Markieren');
    expect(t('adder.label')).toBe('Auswahl kommentieren');
    expect(t('save.tooLong', { length: 12000, max: 10000 })).toMatch(/^Diese Passage ist 12\.000 Zeichen lang; .* höchstens 10\.000\./);
  });

  it('are left out for English, which the reader carries', () => {
    expect(readerWordsIn('en')).toEqual({ language: 'en' });
    expect(readerText()('adder.highlight')).toBe('Highlight');
  });

  it('refuse an answer whose words are not a short list of short texts', () => {
    expect(LoadAnswer.safeParse({ ok: true, annotations: [], language: 'de', words: Array(101).fill('x') }).success).toBe(false);
    expect(LoadAnswer.safeParse({ ok: true, annotations: [], language: 'de', words: ['adder.highlight', 'x'.repeat(401)] }).success).toBe(false);
    expect(LoadAnswer.safeParse({ ok: true, annotations: [], language: 'de', words: [1, 2] }).success).toBe(false);
    expect(LoadAnswer.safeParse({ ok: true, annotations: [], language: 'klingon' }).success).toBe(false);
  });

  it('fall back to English for a word that is missing or malformed', () => {
    const t = readerText('de', ['adder.highlight', 'Markieren', 'card.close', 'Schließen', 'odd']);
    expect(t('adder.highlight')).toBe('Markieren');
    expect(t('adder.annotate')).toBe('Annotate');
  });

  it('name the page’s relationship types in the chosen language, English included, and only types that exist', () => {
    const answer = LoadAnswer.parse({ ok: true, annotations: [], ...readerWordsIn('de', ['self-service', 'self-service', 'no-such-type']) });
    if (!answer.ok) expect.fail('expected an answer with annotations');
    expect(answer.typeNames).toEqual(['self-service', 'Selbstbedienung']);
    expect(readerWordsIn('en', ['self-service']).typeNames).toEqual(['self-service', 'Self-service']);
    expect(readerWordsIn('fr').typeNames).toBeUndefined();
  });
});
