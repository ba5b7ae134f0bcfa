/**
 * The concise line for the canvas's Customer Relationships block, suggested from the chosen types:
 * types every segment shares first, then what is specific to a segment ("… for offices").
 */
import type { Language } from '../i18n/languages';
import { fill, type Params } from '../i18n/text';
import type { DraftContent } from '../model/draft';

type SummaryKey = 'summary.for' | 'summary.unnamed';

/** A language's words for the line (the findings messages' `summary.*`; their `t` will do), and its language. */
export interface SummaryWords {
  lang: Language;
  t(key: SummaryKey, params?: Params): string;
}

/**
 * The English line's two templates, the same as findings.en.ts's (a test keeps them so): the draft editor suggests
 * lines on every edit, and should not carry the findings' messages for two of them.
 */
export const ENGLISH_SUMMARY_WORDS: Readonly<Record<SummaryKey, string>> = {
  'summary.for': '{types} for {segment}',
  'summary.unnamed': 'an unnamed segment',
};
const ENGLISH: SummaryWords = { lang: 'en', t: (key, params) => fill(ENGLISH_SUMMARY_WORDS[key], 'en', params) };

/**
 * A type's name inside a sentence: lower case ("such as long-term"), except in German, where nouns keep their
 * capital (the German messages quote a lone name instead).
 */
export function typeInSentence(lang: Language, name: string): string {
  return lang === 'de' ? name : name.toLowerCase();
}

/** The line in `words`' language (English by default), `typeName` naming the types in it; '' when no segment has a type. */
export function suggestSummary(
  content: Pick<DraftContent, 'segments'>, typeName: (id: string) => string | undefined, words: SummaryWords = ENGLISH,
): string {
  const segments = content.segments.filter((s) => s.types.length > 0);
  if (segments.length === 0) return '';
  // Type names read as common nouns inside the line ("Self-service + community"); the line starts capitalised.
  const name = (id: string) => typeInSentence(words.lang, typeName(id) ?? id.replace(/-/g, ' '));
  const shared = segments[0]!.types.map((t) => t.typeId).filter((id) => segments.every((s) => s.types.some((t) => t.typeId === id)));
  const parts: string[] = [];
  if (shared.length > 0) parts.push(shared.map(name).join(' + '));
  if (segments.length > 1) {
    for (const s of segments) {
      const own = s.types.map((t) => t.typeId).filter((id) => !shared.includes(id));
      if (own.length > 0) parts.push(words.t('summary.for', { types: own.map(name).join(' + '), segment: s.name.trim() || words.t('summary.unnamed') }));
    }
  }
  const line = parts.join(', ');
  return line[0]!.toUpperCase() + line.slice(1);
}
