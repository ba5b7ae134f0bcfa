import { Lazy, type Loader } from '../sidepanel/lazy';
import type { NotesAnalysisProps } from './NotesAnalysis';

// The rules and words of the analysis (the health check's) load with the first notes to analyse, not with the
// Canvas view: most visits there turn a site on or read a board.
const load: Loader<NotesAnalysisProps> = () => import('./NotesAnalysis').then((m) => m.NotesAnalysis);

/** The analysis of `notes`, once its code has loaded ("Loading…" until then). */
export function AnalysisOf(props: NotesAnalysisProps) {
  return <Lazy load={load} props={props} />;
}
