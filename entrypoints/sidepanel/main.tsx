import { render } from 'preact';
import { App } from '../../components/sidepanel/App';
import { I18nRoot, loadLanguage, rememberedChoice } from '../../components/i18n';
import { resolveLanguage, type LanguageChoice } from '../../lib/i18n/languages';
import { browserLanguages } from '../../lib/platform/language';
import '../../components/sidepanel/styles.css';

const tags = browserLanguages();
// The background reads the choice for the chip; its module loads only when the user changes the language.
const storeChoice = (c: LanguageChoice) => import('../../lib/store/settings').then((m) => m.writeLanguageChoice(c));
const choice = rememberedChoice();
const lang = resolveLanguage(choice === 'page' ? 'browser' : choice, tags);
// English is bundled and resolves at once; another language waits only for its two small chunks.
void loadLanguage(lang).then((initial) => {
  document.documentElement.lang = lang;
  render(
    <I18nRoot initial={initial} initialChoice={choice} browserTags={tags} store={storeChoice}>
      <App />
    </I18nRoot>,
    document.getElementById('app')!,
  );
});
