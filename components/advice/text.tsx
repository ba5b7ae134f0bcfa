/**
 * The health check's and canvas analysis's messages: their own words and what findings say, English bundled and
 * another language's files loaded with the view; and the words a finding is rendered with in the panel's language.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { GuideChecks } from '../../lib/catalogue/checks';
import { ENGLISH_CHECKS } from '../../lib/catalogue/checks-data';
import type { Language } from '../../lib/i18n/languages';
import type { FindingTexts } from '../../lib/advice/finding-text';
import { tacticWords } from '../../lib/advice/tactics';
import findingsEnglish from '../../lib/i18n/messages/findings.en';
import english from '../../lib/i18n/messages/health.en';
import { createAreaText } from '../area-text';
import { useI18n } from '../i18n';
import { useLoaded } from '../loaded';
import { TacticsText, useTacticsText } from './tactics-text';

const health = createAreaText<'health'>(english, {
  de: () => import('../../lib/i18n/messages/health.de'),
  fr: () => import('../../lib/i18n/messages/health.fr'),
  es: () => import('../../lib/i18n/messages/health.es'),
  pt: () => import('../../lib/i18n/messages/health.pt'),
  it: () => import('../../lib/i18n/messages/health.it'),
  nl: () => import('../../lib/i18n/messages/health.nl'),
});
const findings = createAreaText<'findings'>(findingsEnglish, {
  de: () => import('../../lib/i18n/messages/findings.de'),
  fr: () => import('../../lib/i18n/messages/findings.fr'),
  es: () => import('../../lib/i18n/messages/findings.es'),
  pt: () => import('../../lib/i18n/messages/findings.pt'),
  it: () => import('../../lib/i18n/messages/findings.it'),
  nl: () => import('../../lib/i18n/messages/findings.nl'),
});

// The guide's mistakes and block questions in each language (a finding's title, a question's words): a small
// chunk per language, loaded with the health check rather than the whole guide.
const CHECKS: Record<Exclude<Language, 'en'>, () => Promise<{ default: GuideChecks }>> = {
  de: () => import('../../lib/i18n/content/checks.de'),
  fr: () => import('../../lib/i18n/content/checks.fr'),
  es: () => import('../../lib/i18n/content/checks.es'),
  pt: () => import('../../lib/i18n/content/checks.pt'),
  it: () => import('../../lib/i18n/content/checks.it'),
  nl: () => import('../../lib/i18n/content/checks.nl'),
};
const loadChecks = async (lang: Language) => (lang === 'en' ? ENGLISH_CHECKS : (await CHECKS[lang]()).default);
const checksLoaded = new Map<Language, GuideChecks>([['en', ENGLISH_CHECKS]]);

export const useHealthText = health.useText;

/** The three areas' messages (the health check's, findings' and the suggested tactics') in the panel's language for everything below it. */
export function HealthText({ children }: { children: ComponentChildren }) {
  return <health.AreaText><findings.AreaText><TacticsText>{children}</TacticsText></findings.AreaText></health.AreaText>;
}

/**
 * Findings' words in the panel's language, inside `HealthText`: its messages, type and phase names, and the
 * guide's mistakes and block questions in that language once their chunk is in (the messages' own titles and the
 * English questions until then, a few milliseconds).
 */
export function useFindingTexts(): FindingTexts {
  const { lang, t: core, typeById } = useI18n();
  const t = findings.useText();
  const tactics = useTacticsText();
  const guide = useLoaded(loadChecks, checksLoaded);
  return useMemo(() => ({
    lang, t,
    typeName: (id: string) => typeById(id)?.name,
    phaseName: (phase) => core(`phase.${phase}`),
    guide,
    tactics: tacticWords(tactics),
  }), [lang, t, core, typeById, guide, tactics]);
}
