/**
 * The words import problems are told in: English by default (bundled), another language when the panel has
 * loaded its `imports` messages. Problems are built here from a message key and its values, so lib stays free
 * of any one language and the file's paths (`drafts[2].title`) stay as they are in every language.
 */
import { translator, type Key, type Messages, type Translate } from '../i18n/catalogue';
import type { Language } from '../i18n/languages';
import english from '../i18n/messages/imports.en';
import type { Params } from '../i18n/text';

export interface ProblemWords {
  language: Language;
  t: Translate<'imports'>;
}

export function problemWords(language: Language = 'en', messages?: Messages<'imports'>): ProblemWords {
  return { language, t: translator<'imports'>(english, language, messages) };
}

export const ENGLISH_PROBLEMS = problemWords();

/** `where: what is wrong`, where is a path into the file or, without one, the file as a whole. */
export function problem(words: ProblemWords, where: string | undefined, key: Key<'imports'>, params?: Params): string {
  return `${where || words.t('where.file')}: ${words.t(key, params)}`;
}

/** A size in megabytes with one decimal, as the language writes it (5.2 / 5,2). */
export function megabytes(bytes: number, { language }: ProblemWords): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}
