/**
 * Dates and times for lists, in the reader's language, through `Intl`: "now", "5 min ago", "yesterday",
 * then the date. Formatters are costly to create, so there is one per language and kind, reused for every row.
 */
import type { Language } from './languages';

const cache = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function relativeFormat(lang: Language): Intl.RelativeTimeFormat {
  const key = `rel:${lang}`;
  let f = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' })));
  return f;
}

function dateFormat(lang: Language, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${kind}:${lang}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time' ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', year: 'numeric' };
    cache.set(key, (f = new Intl.DateTimeFormat(lang, options)));
  }
  return f;
}

/** A date as the language writes it: "3 Mar 2026", "3. März 2026", "3 mars 2026". */
export function formatDate(iso: string, lang: Language): string {
  return dateFormat(lang, 'date').format(new Date(iso));
}

/**
 * How long ago `iso` was, for lists: under a minute "now", under an hour in minutes, the same day in hours,
 * then days up to a week ("yesterday", "3 days ago"), and past that the date itself.
 */
export function relativeTime(iso: string, lang: Language, now = new Date()): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  const rel = relativeFormat(lang);
  if (seconds < 45) return rel.format(0, 'second');
  if (seconds < 3600) return rel.format(-Math.max(1, Math.round(seconds / 60)), 'minute');
  if (seconds < 86400 && then.getDate() === now.getDate()) return rel.format(-Math.round(seconds / 3600), 'hour');
  const days = Math.round((startOfDay(now) - startOfDay(then)) / 86400000);
  if (days >= 1 && days < 7) return rel.format(-days, 'day');
  return formatDate(iso, lang);
}

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}
