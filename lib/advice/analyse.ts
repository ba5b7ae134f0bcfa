/**
 * The analysis of a canvas's Customer Relationships notes that the chip and the side panel's "Analyse
 * notes" view show: the types the notes express, the Get / Keep / Grow phases with no tactic, the common
 * mistakes, and a summary line for the canvas.
 */
import { typeById } from '../catalogue';
import { PHASE_IDS, type PhaseId } from '../catalogue/ids';
import type { DraftContent } from '../model/draft';
import { checkNotes } from './health';
import type { Finding } from './finding';
import { draftFromNotes } from './notes-draft';
import { recogniseTypes } from './recognise';
import { suggestSummary } from './summary';

export interface NotesAnalysis {
  /** Types the notes express, in order of first mention, with the words that gave each away. */
  types: { typeId: string; name: string; matches: string[] }[];
  /** Phases no note plans a tactic for. */
  missingPhases: PhaseId[];
  /** The mistakes, worded in English (`findingText` words them in another language). */
  findings: Finding[];
  /** A concise line for the canvas, from the types found ('' when none), in English. */
  summary: string;
  /** The draft the notes describe: the summary line is suggested from it again in another language. */
  draft: DraftContent;
}

export function analyseNotes(notes: readonly string[], segmentNotes: readonly string[] = []): NotesAnalysis {
  const found = new Map<string, Set<string>>();
  for (const note of notes) {
    for (const r of recogniseTypes(note)) {
      const set = found.get(r.typeId) ?? new Set<string>();
      r.matches.forEach((m) => set.add(m));
      found.set(r.typeId, set);
    }
  }
  const draft = draftFromNotes(notes, segmentNotes);
  const missingPhases = PHASE_IDS.filter((p) => draft.segments.every((s) => s.grid[p].length === 0));
  return {
    types: [...found].map(([typeId, matches]) => ({ typeId, name: typeById(typeId)?.name ?? typeId, matches: [...matches] })),
    missingPhases,
    findings: checkNotes(notes, segmentNotes),
    summary: suggestSummary(draft, (id) => typeById(id)?.name),
    draft,
  };
}

/** What the chip needs of an analysis (findings without their internal actions). */
export function chipAnalysisOf(a: NotesAnalysis) {
  return {
    types: a.types,
    missingPhases: a.missingPhases,
    // A mistake found in several segments is listed once on the small chip.
    findings: a.findings
      .filter((f, i, all) => all.findIndex((g) => g.title === f.title) === i)
      .map(({ id, severity, title, fix }) => ({ id, severity, title, fix })),
    summary: a.summary,
  };
}
