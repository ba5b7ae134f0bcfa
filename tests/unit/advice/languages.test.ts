/**
 * The Advisor in every language: its questions, a ranking's reasons and trade-offs, and the tactics it writes into
 * a draft read in the panel's language with every placeholder filled, while English stays word for word what it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../lib/catalogue';
import { GUIDE } from '../../../lib/catalogue/guide';
import { PHASE_IDS } from '../../../lib/catalogue/ids';
import { channelLabel, CHANNELS, optionLabel, QUESTIONS } from '../../../lib/advice/questions';
import { advisorText, applyToSegment, ENGLISH_TEXT, formatReason, rankTypes, rationaleOf, reasonText, starterGrid, tradeOff, type AdvisorText } from '../../../lib/advice/rank';
import { ENGLISH_TACTIC_WORDS, suggestedTactic, TACTIC_FITS, tacticKey, tacticText } from '../../../lib/advice/tactics';
import { translator, type Messages, type Translate } from '../../../lib/i18n/catalogue';
import advisorEn from '../../../lib/i18n/messages/advisor.en';
import coreEn from '../../../lib/i18n/messages/core.en';
import tacticsEn from '../../../lib/i18n/messages/tactics.en';
import { loadPack } from '../../../lib/i18n/packs';
import type { Language } from '../../../lib/i18n/languages';
import { marketplace, privateBankWealthy } from './answers';
import { draft, segment } from './drafts';

interface Speaker {
  text: AdvisorText;
  core: Translate<'core'>;
  tactics: Translate<'tactics'>;
}

/** The Advisor's words and the panel's core words in `lang`, with the types named as that language's panel names them. */
async function speaker(lang: Exclude<Language, 'en'>): Promise<Speaker> {
  const pack = await loadPack(lang);
  const messages = ((await import(`../../../lib/i18n/messages/advisor.${lang}.ts`)) as { default: Messages<'advisor'> }).default;
  const t = translator<'advisor'>(advisorEn, lang, messages);
  const tactics = ((await import(`../../../lib/i18n/messages/tactics.${lang}.ts`)) as { default: Messages<'tactics'> }).default;
  return {
    text: advisorText(t, (id) => pack.types[id]?.name ?? id, translator<'tactics'>(tacticsEn, lang, tactics)),
    core: translator<'core'>(coreEn, lang, pack.core),
    tactics: translator<'tactics'>(tacticsEn, lang, tactics),
  };
}

const english: Speaker = { text: ENGLISH_TEXT, core: translator<'core'>(coreEn, 'en'), tactics: translator<'tactics'>(tacticsEn, 'en') };

/** Everything a user reads in the questions: prompts, why they matter, every option. */
const questionTexts = ({ text, core }: Speaker) =>
  QUESTIONS.flatMap((q) => [text.t(q.prompt), text.t(q.why), ...q.options.map((o) => optionLabel(o.text, text.t, core, text.typeName))]);

const bank = rankTypes(privateBankWealthy);
const dedicated = bank.find((r) => r.type.id === 'dedicated-personal-assistance')!;

describe.each(['de', 'fr'] as const)('the Advisor in %s', (lang) => {
  let mine: Speaker;
  beforeAll(async () => {
    mine = await speaker(lang);
  });

  it('asks its questions and offers their options in the language, placeholders filled', () => {
    const texts = questionTexts(mine);
    expect(texts.length).toBe(questionTexts(english).length);
    expect(texts.filter((s) => s.trim() === '' || s.includes('{'))).toEqual([]);
    for (const q of QUESTIONS) expect(mine.text.t(q.prompt), q.id).not.toBe(english.text.t(q.prompt));
    // Levels come from the panel's core words, competitor options are the types' names in that language.
    const value = QUESTIONS.find((q) => q.id === 'value')!;
    expect(value.options.map((o) => optionLabel(o.text, mine.text.t, mine.core, mine.text.typeName))).toEqual(['low', 'medium', 'high'].map((l) => mine.core(`level.${l}` as 'level.low')));
    const competitors = QUESTIONS.find((q) => q.id === 'competitors')!;
    expect(optionLabel(competitors.options[0]!.text, mine.text.t, mine.core, mine.text.typeName)).toBe(mine.text.typeName(RELATIONSHIP_TYPES[0]!.id));
  });

  it('gives a ranking’s reasons and trade-offs in the language, naming competitors’ types by their names there', () => {
    const reasons = bank.flatMap((r) => r.reasons);
    const read = reasons.map((r) => formatReason(r, mine.text));
    expect(read.filter((s) => s.includes('{') || !/^[+-]\d+ \S/.test(s))).toEqual([]);
    expect(read.filter((s, i) => s === formatReason(reasons[i]!, ENGLISH_TEXT))).toEqual([]);
    const competitor = dedicated.reasons.find((r) => r.question === 'competitors')!;
    expect(reasonText(competitor, mine.text)).toContain(mine.text.typeName('dedicated-personal-assistance'));
    expect(mine.text.typeName('dedicated-personal-assistance')).not.toBe('Dedicated personal assistance');
    const trade = tradeOff(dedicated.type, mine.text);
    expect(trade).toMatch(/\(.* 5\/100\)\.$/);
    expect(trade).not.toBe(tradeOff(dedicated.type));
  });

  it('writes the top choices and starter tactics into a draft in the language the user accepted them in', () => {
    const answers = { ...marketplace, channels: ['own-digital' as const] };
    const ranked = rankTypes(answers);
    const after = applyToSegment(draft([segment('s', 'Sellers')]), 's', ranked, answers, 3, mine.text).segments[0]!;
    expect(after.types[0]!.rationale).toBe(rationaleOf(ranked[0]!, mine.text));
    expect(after.types[0]!.rationale).not.toBe(rationaleOf(ranked[0]!));
    const tactics = PHASE_IDS.flatMap((p) => after.grid[p]);
    const fitTexts = new Set(TACTIC_FITS.map((f) => mine.tactics(tacticKey(f))));
    expect(tactics.length).toBeGreaterThan(2);
    for (const t of tactics) {
      expect(fitTexts.has(t.text), t.text).toBe(true);
      expect(GUIDE.phases.flatMap((p) => p.tactics)).not.toContain(t.text);
      expect([mine.text.tactics.target(true), mine.text.tactics.target(false)]).toContain(t.metric!.target);
      expect(GUIDE.metrics.map((m) => mine.text.tactics.metric(m.id))).toContain(t.metric!.name);
    }
    expect(tactics.map((t) => t.channel)).toContain(mine.text.t('option.channels.own-digital'));
    expect(tactics.map((t) => t.channel)).not.toContain(channelLabel('own-digital'));
  });
});

describe('the Advisor in English', () => {
  it('reads as it always did', () => {
    const [worth] = dedicated.reasons.filter((r) => r.question === 'value');
    expect(formatReason(worth!)).toBe('+3 Customers are worth a lot over time, so a named contact pays for itself');
    const competitor = dedicated.reasons.find((r) => r.question === 'competitors')!;
    expect(reasonText(competitor)).toBe('Competitors already offer “Dedicated personal assistance”, so customers will compare you with it');
    expect(questionTexts(english)).toContain('Personal help from someone');
    expect(questionTexts(english)).toContain('High');
  });

  it('suggests tactics in the guide’s own words, whichever way they are written', () => {
    for (const fit of TACTIC_FITS) expect(tacticsEn[tacticKey(fit)], fit.find).toBe(tacticText(fit));
    for (const metric of GUIDE.metrics) expect(ENGLISH_TEXT.tactics.metric(metric.id), metric.id).toBe(ENGLISH_TACTIC_WORDS.metric(metric.id));
    for (const channel of CHANNELS) expect(ENGLISH_TEXT.tactics.channel(channel), channel).toBe(channelLabel(channel));
    for (const lower of [true, false]) expect(ENGLISH_TEXT.tactics.target(lower)).toBe(ENGLISH_TACTIC_WORDS.target(lower));
    // So the health check's fixes (the English default) and the Advisor's English grid are the same tactics.
    const fit = TACTIC_FITS[0]!;
    expect(suggestedTactic(fit, ['self-service'], ['own-digital'], 'x', ENGLISH_TEXT.tactics)).toEqual(suggestedTactic(fit, ['self-service'], ['own-digital'], 'x'));
    expect(starterGrid(bank, privateBankWealthy).keep.map((t) => t.text)).toEqual(starterGrid(bank, privateBankWealthy, 3, ENGLISH_TEXT).keep.map((t) => t.text));
  });
});
