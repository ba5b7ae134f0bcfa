/**
 * The health check's and canvas analysis's messages: their own words and what findings say, English bundled and
 * another language's files loaded with the view; and the words a finding is rendered with in the panel's language.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { GUIDE } from '../../lib/catalogue';
import type { Guide } from '../../lib/catalogue/schema';
import type { FindingTexts } from '../../lib/advice/finding-text';
import findingsEnglish from '../../lib/i18n/messages/findings.en';
import english from '../../lib/i18n/messages/health.en';
import { createAreaText } from '../area-text';
import { useI18n } from '../i18n';

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

export const useHealthText = health.useText;

/** Both areas' messages in the panel's language for everything below it. */
export function HealthText({ children }: { children: ComponentChildren }) {
  return <health.AreaText><findings.AreaText>{children}</findings.AreaText></health.AreaText>;
}

/**
 * Findings' words in the panel's language, inside `HealthText`. `guide` is the guide in that language, when
 * the caller has it; English uses the catalogue's own.
 */
export function useFindingTexts(guide?: Guide): FindingTexts {
  const { lang, t: core, typeById } = useI18n();
  const t = findings.useText();
  return useMemo(() => ({
    lang, t,
    typeName: (id: string) => typeById(id)?.name,
    phaseName: (phase) => core(`phase.${phase}`),
    guide: lang === 'en' ? GUIDE : guide,
  }), [lang, t, core, typeById, guide]);
}
