/**
 * Scoring drafts with a rubric. The default criteria (rubric-text.ts) group the health check's rules, so each
 * comes with a suggested score (its maximum less what the check found); the coach's score is what counts.
 */
import type { Criterion, Rubric, Scores } from '../model/cohort';
import type { Finding } from './findings';

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
