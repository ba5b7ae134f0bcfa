/**
 * What "Read this board" says while it reads and when it cannot, in the panel's language: the reader reports
 * codes and facts (components/ocr/ocr-reading.ts), these turn them into the canvas area's sentences.
 */
import type { Key, Translate } from '../../lib/i18n/catalogue';
import { languageList, languageName } from '../../lib/ocr/languages';
import type { ReadProblem, ReadStep } from './ocr-reading';

const PROBLEM_KEYS = {
  'no-tab': 'problem.noTab', cancelled: 'problem.cancelled', 'tab-gone': 'problem.tabGone', 'tab-hidden': 'problem.tabHidden',
  'no-access': 'problem.noAccess', forbidden: 'problem.forbidden', refused: 'problem.refused', blank: 'problem.blank',
  'too-small': 'problem.tooSmall', 'no-text': 'problem.noText', 'no-block': 'problem.noBlock', timeout: 'problem.timeout', failed: 'problem.failed',
} as const satisfies Record<ReadProblem['problem'] | 'no-tab', Key<'canvas'>>;

/** A problem of the reader as the user reads it, in the panel's language (`lang`), with its facts filled in. */
export function problemText(p: ReadProblem | { problem: 'no-tab' }, t: Translate<'canvas'>, lang: string): string {
  const text = t(PROBLEM_KEYS[p.problem], { detail: 'detail' in p ? p.detail ?? '' : '', seconds: 'seconds' in p ? p.seconds : 0 });
  return 'missing' in p && p.missing ? `${text} ${t('problem.noData', { language: languageName(p.missing, lang) })}` : text;
}

/** Where the read is, for the progress line. */
export function stepText(s: ReadStep | { step: 'starting' }, t: Translate<'canvas'>, lang: string): string {
  if (s.step === 'loading') return t('step.loading', { languages: languageList(s.languages, lang) });
  if (s.step === 'reading') return s.share === undefined ? t('step.reading') : t('step.readingShare', { percent: Math.round(s.share * 100) });
  return t(s.step === 'starting' ? 'step.starting' : 'step.capturing');
}

