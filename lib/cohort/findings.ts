/**
 * Everything the Class area takes from the health check, in one place: running it, and the words of its
 * findings. The health check's findings are becoming language-free (rule ids and facts, rendered at display
 * time); when they are, only this file changes — `findingTitle` and `ruleTitles` render instead of reading.
 */
import { checkDraft, type Finding, type Severity } from '../advice/health';
import type { HealthSummary } from '../model/cohort';

export { checkDraft, type Finding, type Severity };

/** The title a summary keeps for a finding's rule. */
export function findingTitle(finding: Finding): string {
  return finding.title;
}

/** A readable title per rule, from the summaries (the first title seen of each rule), for the findings chart. */
export function ruleTitles(summaries: Iterable<HealthSummary>): Map<string, string> {
  const titles = new Map<string, string>();
  for (const s of summaries) for (const r of s.rules) if (!titles.has(r.id)) titles.set(r.id, r.title);
  return titles;
}
