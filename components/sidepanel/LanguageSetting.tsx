import { LANGUAGES, LANGUAGE_NAMES, isLanguageChoice, resolveLanguage } from '../../lib/i18n/languages';
import { useI18n } from '../i18n';

/** The panel's language: the browser's (default), the canvas page's for the chip, or one chosen language. */
export function LanguageSetting() {
  const { t, choice, choose, browserTags } = useI18n();
  const browserName = LANGUAGE_NAMES[resolveLanguage('browser', browserTags)];
  return (
    <label class="language-setting small">
      <span>{t('language.label')}</span>
      <select value={choice} onChange={(e) => isLanguageChoice(e.currentTarget.value) && choose(e.currentTarget.value)}>
        <option value="browser">{t('language.browser', { language: browserName })}</option>
        <option value="page">{t('language.page')}</option>
        {/* Each language named in itself, marked with its own lang so screen readers say it right. */}
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
      </select>
    </label>
  );
}
