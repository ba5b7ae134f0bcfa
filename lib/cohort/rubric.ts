/**
 * Scoring drafts with a rubric. The default criteria group the health check's rules, so each comes with a
 * suggested score (its maximum less what the check found); the coach's score is what counts.
 */
import type { Translate } from '../i18n/catalogue';
import type { Criterion, Rubric, Scores } from '../model/cohort';
import type { Finding } from './findings';

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

const COST: Record<Finding['severity'], number> = { high: 2, medium: 1, low: 0.5 };

/**
 * What the health check suggests for `criterion`: its maximum less 2 per high, 1 per medium and ½ per low
 * finding of its rules (rounded down, not below 0); undefined for criteria without rules.
 */
export function suggestedScore(criterion: Criterion, findings: readonly Finding[]): number | undefined {
  if (!criterion.rules.length) return undefined;
  const cost = findings.filter((f) => criterion.rules.includes(f.rule)).reduce((n, f) => n + COST[f.severity], 0);
  return Math.max(0, Math.floor(criterion.max - cost));
}

/** Suggested scores for every criterion that has rules. */
export function suggestedScores(rubric: Rubric, findings: readonly Finding[]): Scores {
  const scores: Scores = {};
  for (const c of rubric.criteria) {
    const s = suggestedScore(c, findings);
    if (s !== undefined) scores[c.id] = s;
  }
  return scores;
}

/** Points given over the rubric's maximum; scores of criteria no longer in the rubric are left out, and capped at each maximum. */
export function rubricTotal(rubric: Rubric, scores: Scores): { points: number; max: number; scored: number; complete: boolean } {
  let points = 0;
  let scored = 0;
  for (const c of rubric.criteria) {
    if (!Object.hasOwn(scores, c.id)) continue;
    points += Math.min(c.max, scores[c.id]!);
    scored++;
  }
  const max = rubric.criteria.reduce((n, c) => n + c.max, 0);
  return { points, max, scored, complete: scored === rubric.criteria.length };
}

/** The scores as a student reads them, in the coach's language: one line per criterion, then the total and the coach's remark. */
export function scoreLines(rubric: Rubric, scores: Scores, feedback: string, t: Translate<'review'>): string[] {
  const total = rubricTotal(rubric, scores);
  const lines = rubric.criteria.map((c) => t('scores.line', { name: c.label, points: Object.hasOwn(scores, c.id) ? Math.min(c.max, scores[c.id]!) : '–', max: c.max }));
  lines.push(t('scores.total', { points: total.points, max: total.max }));
  if (feedback.trim()) lines.push('', feedback.trim());
  return lines;
}
