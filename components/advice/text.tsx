/**
 * The health check's and canvas analysis's messages (English bundled, another language's file loaded with the
 * view), and the words a finding is rendered with in the panel's language.
 */
import { useMemo } from 'preact/hooks';
import { GUIDE } from '../../lib/catalogue';
import type { Guide } from '../../lib/catalogue/schema';
import type { FindingTexts } from '../../lib/advice/finding-text';
import english from '../../lib/i18n/messages/health.en';
import { createAreaText } from '../area-text';
import { useI18n } from '../i18n';

export const { AreaText: HealthText, useText: useHealthText } = createAreaText<'health'>(english, {
  de: () => import('../../lib/i18n/messages/health.de'),
  fr: () => import('../../lib/i18n/messages/health.fr'),
  es: () => import('../../lib/i18n/messages/health.es'),
  pt: () => import('../../lib/i18n/messages/health.pt'),
  it: () => import('../../lib/i18n/messages/health.it'),
  nl: () => import('../../lib/i18n/messages/health.nl'),
});

/**
 * Findings' words in the panel's language, inside `HealthText`. `guide` is the guide in that language, when
 * the caller has it; English uses the catalogue's own.
 */
export function useFindingTexts(guide?: Guide): FindingTexts {
  const { lang, t: core, typeById } = useI18n();
  const t = useHealthText();
  return useMemo(() => ({
    lang, t,
    typeName: (id: string) => typeById(id)?.name,
    phaseName: (phase) => core(`phase.${phase}`),
    guide: lang === 'en' ? GUIDE : guide,
  }), [lang, t, core, typeById, guide]);
}
