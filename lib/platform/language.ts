import { browser } from 'wxt/browser';

/** Keys of public/_locales/<lang>/messages.json that code (not the manifest) shows. */
export type ManifestMessage = 'actionTitle' | 'actionFound' | 'menuAnnotate' | 'menuShowHighlights' | 'menuReadBoard';

/** A browser-localised string from _locales, in the browser's language (English when a key is missing). */
export function manifestMessage(key: ManifestMessage): string {
  return browser.i18n.getMessage(key);
}

/**
 * The browser's languages, most preferred first. First the language the browser chose for this extension among
 * its _locales (the `locale` message): the browser's own negotiation, which also holds where `getUILanguage`
 * says en-US for a browser set up in another language (headless, policies). English is also what the browser
 * falls back to for a language we lack, so then the user's other languages come first.
 */
export function browserLanguages(): string[] {
  const chosen = browser.i18n.getMessage('locale');
  const ui = browser.i18n.getUILanguage();
  const tags = chosen && !(chosen === 'en' && !/^en\b/i.test(ui)) ? [chosen, ui] : [ui];
  if (typeof navigator !== 'undefined') tags.push(...navigator.languages);
  return tags.filter(Boolean);
}
