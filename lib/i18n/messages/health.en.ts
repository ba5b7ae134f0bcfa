/**
 * The health check's and the canvas analysis's own words in English (the source of truth). What a finding says
 * is in findings.en.ts, which the background also words the chip's mistakes with.
 */
export default {
  'check.heading': 'Health check',
  'check.nothing': 'nothing to fix',
  'check.count': { one: '{count} finding, {important} to fix', other: '{count} findings, {important} to fix' },
  'check.none': 'No common mistake found: every segment has its types, tactics in each phase and metrics.',
  'check.fixLead': 'Fix:',
  'check.fix': 'Fix',
  'check.fixLabel': 'Fix: {title}',
  'severity.high': 'Important',
  'severity.medium': 'Worth fixing',
  'severity.low': 'To consider',
  'analysis.types': 'Types in the notes',
  'analysis.noTypes': 'No relationship type recognised yet.',
  'analysis.typesList': 'Relationship types in the notes',
  'analysis.phases': 'Phases with no tactic',
  'analysis.allPhases': 'Get, Keep and Grow all have a tactic.',
  'analysis.mistakes': 'Common mistakes',
  'analysis.noMistakes': 'None of the common mistakes found.',
  'analysis.mistakesList': 'Common mistakes in the notes',
  'analysis.summary': 'Summary line',
  'analysis.copy': 'Copy',
  'analysis.copied': 'Copied',
  'analysis.copyFailed': 'Copy failed',
} as const;
