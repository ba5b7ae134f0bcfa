import { useMemo } from 'preact/hooks';
import { checkDraft } from '../../lib/advice/health';
import { applyFix } from '../../lib/advice/finding';
import type { DraftContent } from '../../lib/model/draft';

const SEVERITY_LABEL = { high: 'Important', medium: 'Worth fixing', low: 'To consider' } as const;

/** The health check of a draft: what is missing or risky, why it matters, and one-click fixes. */
export function HealthCheck({ content, edit }: { content: DraftContent; edit(change: (c: DraftContent) => DraftContent): void }) {
  const findings = useMemo(() => checkDraft(content), [content]);
  const important = findings.filter((f) => f.severity !== 'low').length;
  return (
    <details class="health" open={important > 0}>
      <summary>
        <h3 id="health-heading">Health check</h3>{' '}
        <span class="small muted">
          {findings.length === 0 ? 'nothing to fix' : `${findings.length} finding${findings.length === 1 ? '' : 's'}, ${important} to fix`}
        </span>
      </summary>
      {findings.length === 0 ? (
        <p class="small">No common mistake found: every segment has its types, tactics in each phase and metrics.</p>
      ) : (
        <ul class="findings" aria-labelledby="health-heading">
          {findings.map((f) => (
            <li key={f.id} class={`finding ${f.severity}`}>
              <p class="finding-title"><span class={`badge ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span> {f.title}</p>
              <p class="small">{f.why}</p>
              <p class="small"><strong>Fix:</strong> {f.fix}</p>
              {f.action && (
                <button type="button" onClick={() => edit((c) => applyFix(c, f.action!))} aria-label={`Fix: ${f.title}`}>
                  Fix
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
