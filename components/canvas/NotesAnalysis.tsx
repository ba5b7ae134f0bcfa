import { useMemo } from 'preact/hooks';
import { analyseNotes } from '../../lib/advice/analyse';
import { AnalysisView } from './AnalysisView';

export interface NotesAnalysisProps {
  notes: readonly string[];
  segments: readonly string[];
}

/** The analysis of notes (pasted or read from a board), worded in the panel's language. */
export function NotesAnalysis({ notes, segments }: NotesAnalysisProps) {
  const analysis = useMemo(() => analyseNotes(notes, segments), [notes.join('\n'), segments.join('\n')]);
  return <AnalysisView analysis={analysis} />;
}
