import { browser } from 'wxt/browser';

/** Keys of public/_locales/<lang>/messages.json that code (not the manifest) shows. */
export type ManifestMessage = 'actionTitle' | 'actionFound' | 'menuAnnotate' | 'menuShowHighlights';

/** A browser-localised string from _locales, in the browser's language (English when a key is missing). */
export function manifestMessage(key: ManifestMessage): string {
  return browser.i18n.getMessage(key);
}

/**
 * The browser's languages, most preferred first: its interface language, then the page languages the user set.
 * Tests start Chromium with `--lang=de` to change the first.
 */
export function browserLanguages(): string[] {
  const tags = [browser.i18n.getUILanguage()];
  if (typeof navigator !== 'undefined') tags.push(...navigator.languages);
  return tags.filter(Boolean);
}
