import { useState } from 'preact/hooks';
import { PHASE_NAMES } from '../../lib/catalogue';
import type { NotesAnalysis } from '../../lib/advice/analyse';
import { routeHash } from '../sidepanel/route';

/** What the notes say: types found, phases with no tactic, common mistakes, a summary line with Copy. */
export function AnalysisView({ analysis }: { analysis: NotesAnalysis }) {
  const [copied, setCopied] = useState('');
  const important = analysis.findings.filter((f) => f.severity !== 'low');
  return (
    <div class="analysis">
      <h4>Types in the notes</h4>
      {analysis.types.length === 0 ? (
        <p class="small muted">No relationship type recognised yet.</p>
      ) : (
        <ul aria-label="Relationship types in the notes">
          {analysis.types.map((t) => (
            <li key={t.typeId}><a href={routeHash({ view: 'type', id: t.typeId })}>{t.name}</a> <span class="small muted">“{t.matches.join('”, “')}”</span></li>
          ))}
        </ul>
      )}
      <h4>Phases with no tactic</h4>
      <p class="small">{analysis.missingPhases.length ? analysis.missingPhases.map((p) => PHASE_NAMES[p]).join(', ') : 'Get, Keep and Grow all have a tactic.'}</p>
      <h4>Common mistakes</h4>
      {important.length === 0 ? (
        <p class="small muted">None of the common mistakes found.</p>
      ) : (
        <ul aria-label="Common mistakes in the notes">
          {important.map((f) => <li key={f.id}><strong>{f.title}.</strong> <span class="small">{f.fix}</span></li>)}
        </ul>
      )}
      <h4>Summary line</h4>
      <div class="inline-form">
        <output class="grow summary-line">{analysis.summary || '—'}</output>
        <button
          type="button"
          disabled={!analysis.summary}
          onClick={() => navigator.clipboard.writeText(analysis.summary).then(() => setCopied('Copied'), () => setCopied('Copy failed'))}
        >
          {copied || 'Copy'}
        </button>
      </div>
    </div>
  );
}
