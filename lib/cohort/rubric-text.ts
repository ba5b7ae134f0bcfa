/**
 * The rubric's words: the default criteria, named in the coach's language, and the scores as a student reads
 * them. Apart from the scoring (rubric.ts), which the cohort overview loads, so these load with the tabs that
 * show them.
 */
import type { Translate } from '../i18n/catalogue';
import type { Criterion, Rubric, Scores } from '../model/cohort';
import { rubricTotal } from './rubric';

const POINTS = 4;

/** The default criteria: one per group of health-check rules, and one only a person can judge. */
const DEFAULT_CRITERIA = [
  { id: 'segments-served', rules: ['no-segment', 'no-relationship-per-segment', 'one-size-fits-all'] },
  { id: 'phases-covered', rules: ['get-only-block', 'empty-cell', 'thin-cell', 'not-evolving-relationships'] },
  { id: 'retention', rules: ['underinvesting-in-retention', 'neglecting-post-purchase', 'over-automating'] },
  { id: 'feedback-measured', rules: ['ignoring-feedback', 'not-measuring-relationship-quality'] },
  { id: 'fits-canvas', rules: ['overloading-the-canvas', 'block-question'] },
  { id: 'reasoning', rules: [] },
] as const;

/**
 * The default rubric with its criteria named in the coach's language (`t`). A saved rubric keeps the names it
 * was saved with: the coach may have edited them, so they are the coach's text from then on.
 */
export function defaultRubric(t: Translate<'review'>): Rubric {
  return { criteria: DEFAULT_CRITERIA.map((c): Criterion => ({ id: c.id, label: t(`criterion.${c.id}`), max: POINTS, rules: [...c.rules] })) };
}

/** The scores as a student reads them, in the coach's language: one line per criterion, then the total and the coach's remark. */
export function scoreLines(rubric: Rubric, scores: Scores, feedback: string, t: Translate<'review'>): string[] {
  const total = rubricTotal(rubric, scores);
  const lines = rubric.criteria.map((c) => t('scores.line', { name: c.label, points: Object.hasOwn(scores, c.id) ? Math.min(c.max, scores[c.id]!) : '–', max: c.max }));
  lines.push(t('scores.total', { points: total.points, max: total.max }));
  if (feedback.trim()) lines.push('', feedback.trim());
  return lines;
}
