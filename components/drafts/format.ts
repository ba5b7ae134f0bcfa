import { relativeTime as intlRelativeTime } from '../../lib/i18n/format';
import type { Language } from '../../lib/i18n/languages';

/**
 * "now", "5 min. ago", "2 hr. ago", "yesterday", "3 Mar 2026": short times for lists, through
 * Intl.RelativeTimeFormat. English until the drafts area's sentences around it are translated too.
 */
export function relativeTime(iso: string, lang: Language = 'en', now = new Date()): string {
  return intlRelativeTime(iso, lang, now);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
