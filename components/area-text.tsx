/**
 * Messages of an area shown after the first view (drafts, advisor…): English is bundled with the area, another
 * language's file loads with it, once, and the area waits for it rather than flash English first.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { translator, type Area, type Messages, type Translate } from '../lib/i18n/catalogue';
import type { Language } from '../lib/i18n/languages';
import { useI18n } from './i18n';

export type AreaLoaders<A extends Area> = Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages<A> }>>;

export function createAreaText<A extends Area>(english: Messages<A>, loaders: AreaLoaders<A>) {
  const loaded = new Map<Language, Messages<A>>();
  const Text = createContext<Translate<A>>(translator<A>(english, 'en'));

  /** Provides the area's `t` in the panel's language to everything below it. */
  function AreaText({ children }: { children: ComponentChildren }) {
    const { lang, t: core } = useI18n();
    const [messages, setMessages] = useState(() => loaded.get(lang));
    useEffect(() => {
      if (lang === 'en' || loaded.has(lang)) return setMessages(loaded.get(lang));
      let live = true;
      void loaders[lang]().then((m) => {
        loaded.set(lang, m.default);
        if (live) setMessages(m.default);
      });
      return () => {
        live = false;
      };
    }, [lang]);
    const t = useMemo(() => translator<A>(english, lang, messages), [lang, messages]);
    if (lang !== 'en' && !messages) return <p class="muted">{core('app.loading')}</p>;
    return <Text.Provider value={t}>{children}</Text.Provider>;
  }

  return { AreaText, useText: () => useContext(Text) };
}
