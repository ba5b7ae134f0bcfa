import { describe, expect, it } from 'vitest';
import { formatDate, relativeTime } from '../../../lib/i18n/format';
import { matchLanguage, resolveLanguage } from '../../../lib/i18n/languages';

const now = new Date(2026, 2, 10, 15, 0, 0); // 10 March 2026, 15:00 local time
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;

describe('relativeTime', () => {
  it('says "now" for the last few seconds, in each language', () => {
    expect(relativeTime(ago(10_000), 'en', now)).toBe('now');
    expect(relativeTime(ago(10_000), 'de', now)).toBe('jetzt');
    expect(relativeTime(ago(10_000), 'fr', now)).toBe('maintenant');
  });

  it('counts minutes and hours the way each language writes them', () => {
    expect(relativeTime(ago(5 * MIN), 'en', now)).toBe('5 min. ago');
    expect(relativeTime(ago(5 * MIN), 'de', now)).toBe('vor 5 Min.');
    expect(relativeTime(ago(2 * 60 * MIN), 'en', now)).toBe('2 hr. ago');
    expect(relativeTime(ago(2 * 60 * MIN), 'nl', now)).toBe('2 uur geleden');
  });

  it('says "yesterday" for the day before, whatever the hour, then days, then the date', () => {
    const lateYesterday = new Date(2026, 2, 9, 23, 30).toISOString();
    expect(relativeTime(lateYesterday, 'en', now)).toBe('yesterday');
    expect(relativeTime(lateYesterday, 'de', now)).toBe('gestern');
    expect(relativeTime(lateYesterday, 'es', now)).toBe('ayer');
    expect(relativeTime(new Date(2026, 2, 7, 9).toISOString(), 'it', now)).toBe('3 gg fa');
    expect(relativeTime(new Date(2026, 0, 3, 9).toISOString(), 'en', now)).toBe(formatDate(new Date(2026, 0, 3, 9).toISOString(), 'en'));
  });

  it('writes dates in the language’s order and month names', () => {
    const iso = new Date(2026, 2, 3, 12).toISOString();
    expect(formatDate(iso, 'en')).toBe('Mar 3, 2026');
    expect(formatDate(iso, 'de')).toBe('3. März 2026');
    expect(formatDate(iso, 'fr')).toBe('3 mars 2026');
    expect(formatDate(iso, 'pt')).toMatch(/^3 de mar\.? de 2026$/);
  });
});

describe('the language to speak', () => {
  it('maps regional browser tags to the language we speak, and refuses the ones we do not', () => {
    expect(matchLanguage('de-AT')).toBe('de');
    expect(matchLanguage('pt_BR')).toBe('pt');
    expect(matchLanguage('ja')).toBeUndefined();
  });

  it('follows the browser’s first language we speak, else English', () => {
    expect(resolveLanguage('browser', ['ja', 'fr-CA', 'de'])).toBe('fr');
    expect(resolveLanguage('browser', ['ja'])).toBe('en');
  });

  it('follows the canvas page when asked, and the browser when the page’s language is unknown', () => {
    expect(resolveLanguage('page', ['fr'], 'de')).toBe('de');
    expect(resolveLanguage('page', ['fr'], 'ja')).toBe('fr');
    expect(resolveLanguage('browser', ['fr'], 'de')).toBe('fr');
  });

  it('keeps a language the user chose over the browser and the page', () => {
    expect(resolveLanguage('nl', ['fr'], 'de')).toBe('nl');
  });
});
