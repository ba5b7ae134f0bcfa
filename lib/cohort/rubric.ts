/**
 * Scoring drafts with a rubric. The default criteria group the health check's rules, so each comes with a
 * suggested score (its maximum less what the check found); the coach's score is what counts.
 */
import type { Finding } from '../advice/health';
import type { Criterion, Rubric, Scores } from '../model/cohort';

const POINTS = 4;

/** The default rubric: one criterion per group of health-check rules, and one only a person can judge. */
export function defaultRubric(): Rubric {
  const c = (id: string, label: string, rules: string[]): Criterion => ({ id, label, max: POINTS, rules });
  return {
    criteria: [
      c('segments-served', 'Every segment has a fitting relationship', ['no-segment', 'no-relationship-per-segment', 'one-size-fits-all']),
      c('phases-covered', 'Get, Keep and Grow are all planned', ['get-only-block', 'empty-cell', 'thin-cell', 'not-evolving-relationships']),
      c('retention', 'Customers are kept after the first sale', ['underinvesting-in-retention', 'neglecting-post-purchase', 'over-automating']),
      c('feedback-measured', 'Feedback is heard and results are measured', ['ignoring-feedback', 'not-measuring-relationship-quality']),
      c('fits-canvas', 'Concise and tied to the rest of the canvas', ['overloading-the-canvas', 'block-question']),
      c('reasoning', 'Choices are argued', []),
    ],
  };
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

/** The scores as a student reads them, one line per criterion, then the total and the coach's remark. */
export function scoreLines(rubric: Rubric, scores: Scores, feedback = ''): string[] {
  const total = rubricTotal(rubric, scores);
  const lines = rubric.criteria.map((c) => `${c.label}: ${Object.hasOwn(scores, c.id) ? Math.min(c.max, scores[c.id]!) : '–'} / ${c.max}`);
  lines.push(`Total: ${total.points} / ${total.max}`);
  if (feedback.trim()) lines.push('', feedback.trim());
  return lines;
}
