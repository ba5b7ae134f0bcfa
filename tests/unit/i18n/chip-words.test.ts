/**
 * The chip's words travel from the background to the canvas page as a flat list (so the always-on script checks
 * them with the schemas it already carries): every language must come back exactly as written.
 */
import { describe, expect, it } from 'vitest';
import { chipText } from '../../../components/chip/chip';
import { CHIP_MESSAGES, flattenWords, wordsFrom } from '../../../lib/i18n/chip';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { chipAnalysisIn } from '../../../lib/advice/chip-language';
import { analyseNotes } from '../../../lib/advice/analyse';
import { ChipAnalysis } from '../../../lib/messages-canvas';

describe('the chip words sent with an analysis', () => {
  it.each(LANGUAGES)('come back whole in %s, plural forms included', (lang) => {
    expect(wordsFrom(flattenWords(CHIP_MESSAGES[lang]))).toEqual(CHIP_MESSAGES[lang]);
  });

  it('make the chip speak the language the background chose, counting in it', () => {
    const analysis = ChipAnalysis.parse(chipAnalysisIn(analyseNotes(['Kundenbetreuer für jeden Kunden'], []), 'de'));
    const t = chipText(analysis);
    expect(t('chip.region')).toBe(CHIP_MESSAGES.de['chip.region']);
    expect(t('chip.toggleCount', { count: 2 })).toMatch(/2/);
    expect(t('chip.toggleCount', { count: 2 })).not.toBe(chipText(undefined)('chip.toggleCount', { count: 2 }));
  });

  it('are left out for English, which the chip carries, and fall back to it for what is missing or malformed', () => {
    expect(chipAnalysisIn(analyseNotes([], []), 'en').words).toBeUndefined();
    const words = wordsFrom(['chip.toggleCount#one', 'nur eins', 'chip.open', 'Öffnen', 'odd']);
    expect(words).toEqual({ 'chip.open': 'Öffnen' });
    const t = chipText({ types: [], missingPhases: [], findings: [], summary: '', language: 'de', words: ['chip.open', 'Öffnen'] });
    expect(t('chip.open')).toBe('Öffnen');
    expect(t('chip.copy')).toBe(CHIP_MESSAGES.en['chip.copy']);
  });
});
