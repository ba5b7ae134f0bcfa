/**
 * The panel's language: which one is active, its messages and its view of the catalogue, for every component
 * below `I18nRoot`. Changing the language loads that language's chunks first, then switches in one render, so
 * the panel never shows half one language and half another.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { RELATIONSHIP_TYPES } from '../lib/catalogue';
import type { RelationshipType } from '../lib/catalogue/schema';
import { translator, type Messages, type Translate } from '../lib/i18n/catalogue';
import type { TypeTexts } from '../lib/i18n/content/types';
import { loadPack } from '../lib/i18n/packs';
import coreEn from '../lib/i18n/messages/core.en';
import { isLanguageChoice, resolveLanguage, type Language, type LanguageChoice } from '../lib/i18n/languages';
import { localiseTypes } from '../lib/i18n/localise';

export interface Loaded {
  lang: Language;
  messages: Messages<'core'>;
  /** The types' names and summaries in `lang` (undefined for English, the catalogue's own). */
  texts: TypeTexts | undefined;
}

export interface I18n {
  lang: Language;
  choice: LanguageChoice;
  /** The browser's languages, most preferred first ("follow the browser" resolves against them). */
  browserTags: readonly string[];
  t: Translate<'core'>;
  /** The twelve types with name and summary in the active language. */
  types: readonly RelationshipType[];
  typeById(id: string): RelationshipType | undefined;
  /** Stores the choice and switches once its chunks are loaded. */
  choose(choice: LanguageChoice): void;
}

const CHOICE_KEY = 'crc-language';

/** The panel's remembered choice, read synchronously so the first render waits for nothing. */
export function rememberedChoice(): LanguageChoice {
  try {
    const value = localStorage.getItem(CHOICE_KEY);
    return isLanguageChoice(value) ? value : 'browser';
  } catch {
    return 'browser';
  }
}

/** The active language's pack (English is bundled, so this resolves at once for it). */
export async function loadLanguage(lang: Language): Promise<Loaded> {
  if (lang === 'en') return { lang, messages: coreEn, texts: undefined };
  const pack = await loadPack(lang);
  return { lang, messages: pack.core, texts: pack.types };
}

const englishTypes = localiseTypes(RELATIONSHIP_TYPES, 'en');
const englishById = new Map(englishTypes.map((t) => [t.id, t]));

/** English with no way to change it: what a component rendered outside `I18nRoot` (a unit test) speaks. */
const ENGLISH_ONLY: I18n = {
  lang: 'en',
  choice: 'browser',
  browserTags: [],
  t: translator<'core'>(coreEn, 'en'),
  types: englishTypes,
  typeById: (id) => englishById.get(id),
  choose: () => undefined,
};

const I18nContext = createContext<I18n>(ENGLISH_ONLY);

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export interface I18nRootProps {
  initial: Loaded;
  initialChoice: LanguageChoice;
  browserTags: readonly string[];
  /** Where the choice is kept for the background (the chip); the panel keeps its own copy in localStorage. */
  store?: (choice: LanguageChoice) => Promise<unknown>;
  children: ComponentChildren;
}

export function I18nRoot({ initial, initialChoice, browserTags, store, children }: I18nRootProps) {
  const [loaded, setLoaded] = useState(initial);
  const [choice, setChoice] = useState(initialChoice);
  const value = useMemo<I18n>(() => {
    const types = localiseTypes(RELATIONSHIP_TYPES, loaded.lang, loaded.texts);
    const byId = new Map(types.map((t) => [t.id, t]));
    return {
      lang: loaded.lang,
      choice,
      browserTags,
      t: translator<'core'>(coreEn, loaded.lang, loaded.messages),
      types,
      typeById: (id) => byId.get(id),
      choose(next) {
        setChoice(next);
        try {
          localStorage.setItem(CHOICE_KEY, next);
        } catch {
          // private mode or storage full: the choice lasts for this panel
        }
        void store?.(next);
        // The panel has no canvas of its own: "follow the page" means the browser's language here.
        void loadLanguage(resolveLanguage(next === 'page' ? 'browser' : next, browserTags)).then((l) => {
          document.documentElement.lang = l.lang;
          setLoaded(l);
        });
      },
    };
  }, [loaded, choice, browserTags, store]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
