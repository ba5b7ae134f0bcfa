/**
 * The chip's analysis in the language the chip speaks. Kept apart from analyse.ts, which the side panel's canvas
 * view shares: only the background needs every language's type names and findings messages at once.
 */
import { typeById } from '../catalogue';
import type { GuideChecks } from '../catalogue/checks';
import { ENGLISH_CHECKS } from '../catalogue/checks-data';
import checksDe from '../i18n/content/checks.de';
import checksEs from '../i18n/content/checks.es';
import checksFr from '../i18n/content/checks.fr';
import checksIt from '../i18n/content/checks.it';
import checksNl from '../i18n/content/checks.nl';
import checksPt from '../i18n/content/checks.pt';
import { translator, type Messages } from '../i18n/catalogue';
import { CHIP_MESSAGES, flattenWords } from '../i18n/chip';
import { TYPE_NAMES } from '../i18n/content/type-names';
import type { Language } from '../i18n/languages';
import { typeName } from '../i18n/localise';
import en from '../i18n/messages/findings.en';
import de from '../i18n/messages/findings.de';
import es from '../i18n/messages/findings.es';
import fr from '../i18n/messages/findings.fr';
import it from '../i18n/messages/findings.it';
import nl from '../i18n/messages/findings.nl';
import pt from '../i18n/messages/findings.pt';
import tacticsEn from '../i18n/messages/tactics.en';
import tacticsDe from '../i18n/messages/tactics.de';
import tacticsEs from '../i18n/messages/tactics.es';
import tacticsFr from '../i18n/messages/tactics.fr';
import tacticsIt from '../i18n/messages/tactics.it';
import tacticsNl from '../i18n/messages/tactics.nl';
import tacticsPt from '../i18n/messages/tactics.pt';
import { chipAnalysisOf, type NotesAnalysis } from './analyse';
import { findingText, type FindingTexts } from './finding-text';
import { suggestSummary } from './summary';
import { tacticWords } from './tactics';

const FINDINGS_MESSAGES: Record<Language, Messages<'findings'>> = { en, de, fr, es, pt, it, nl };
/** The suggested tactics' words, which a finding's fix quotes ("such as …"). */
const TACTICS_MESSAGES: Record<Language, Messages<'tactics'>> = {
  en: tacticsEn, de: tacticsDe, fr: tacticsFr, es: tacticsEs, pt: tacticsPt, it: tacticsIt, nl: tacticsNl,
};
/** The guide's mistakes and block questions in every language: a finding's title is the guide's name for it. */
const CHECKS: Record<Language, GuideChecks> = { en: ENGLISH_CHECKS, de: checksDe, fr: checksFr, es: checksEs, pt: checksPt, it: checksIt, nl: checksNl };

/** Findings' words in `language`: its findings messages, type names, the chip's phase names, the guide's mistakes and the tactics. */
export function findingTextsIn(language: Language): FindingTexts {
  return {
    lang: language,
    t: translator<'findings'>(en, language, FINDINGS_MESSAGES[language]),
    typeName: (id) => {
      const type = typeById(id);
      return type && typeName(type, language, TYPE_NAMES);
    },
    phaseName: (phase) => CHIP_MESSAGES[language][`chip.phase.${phase}`] as string,
    guide: CHECKS[language],
    tactics: tacticWords(translator<'tactics'>(tacticsEn, language, TACTICS_MESSAGES[language])),
  };
}

/**
 * `chipAnalysisOf` in `language`: the types named, the mistakes worded and the summary line suggested in it, and
 * the chip's own words (the chip carries only English).
 */
export function chipAnalysisIn(analysis: NotesAnalysis, language: Language) {
  const texts = findingTextsIn(language);
  const chip = chipAnalysisOf({
    ...analysis,
    types: analysis.types.map((t) => ({ ...t, name: texts.typeName(t.typeId) ?? t.name })),
    findings: analysis.findings.map((f) => ({ ...f, ...findingText(f, texts) })),
    summary: suggestSummary(analysis.draft, texts.typeName, texts),
  });
  const words = language === 'en' ? undefined : flattenWords(CHIP_MESSAGES[language]);
  return { ...chip, language, words };
}
