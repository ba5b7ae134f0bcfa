import { useMemo, useState } from 'preact/hooks';
import type { NotesAnalysis } from '../../lib/advice/analyse';
import { findingText } from '../../lib/advice/finding-text';
import { suggestSummary } from '../../lib/advice/summary';
import { HealthText, useFindingTexts, useHealthText } from '../advice/text';
import { useI18n } from '../i18n';
import { routeHash } from '../sidepanel/route';

interface Props {
  analysis: NotesAnalysis;
}

/** What the notes say: types found, phases with no tactic, common mistakes, a summary line with Copy. */
export function AnalysisView(props: Props) {
  return <HealthText><Analysis {...props} /></HealthText>;
}

function Analysis({ analysis }: Props) {
  const { t: core, typeById } = useI18n();
  const t = useHealthText();
  const texts = useFindingTexts();
  const [copied, setCopied] = useState('');
  // The analysis comes worded in English; the panel's language words it again.
  const important = useMemo(
    () => analysis.findings.filter((f) => f.severity !== 'low').map((f) => ({ ...f, ...findingText(f, texts) })),
    [analysis, texts],
  );
  const summary = useMemo(() => suggestSummary(analysis.draft, texts.typeName, texts), [analysis, texts]);
  return (
    <div class="analysis">
      <h4>{t('analysis.types')}</h4>
      {analysis.types.length === 0 ? (
        <p class="small muted">{t('analysis.noTypes')}</p>
      ) : (
        <ul aria-label={t('analysis.typesList')}>
          {analysis.types.map((type) => (
            <li key={type.typeId}>
              <a href={routeHash({ view: 'type', id: type.typeId })}>{typeById(type.typeId)?.name ?? type.name}</a>{' '}
              <span class="small muted">“{type.matches.join('”, “')}”</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('analysis.phases')}</h4>
      <p class="small">{analysis.missingPhases.length ? analysis.missingPhases.map((p) => core(`phase.${p}`)).join(', ') : t('analysis.allPhases')}</p>
      <h4>{t('analysis.mistakes')}</h4>
      {important.length === 0 ? (
        <p class="small muted">{t('analysis.noMistakes')}</p>
      ) : (
        <ul aria-label={t('analysis.mistakesList')}>
          {important.map((f) => <li key={f.id}><strong>{f.title}.</strong> <span class="small">{f.fix}</span></li>)}
        </ul>
      )}
      <h4>{t('analysis.summary')}</h4>
      <div class="inline-form">
        <output class="grow summary-line">{summary || '—'}</output>
        <button
          type="button"
          disabled={!summary}
          onClick={() => navigator.clipboard.writeText(summary).then(() => setCopied(t('analysis.copied')), () => setCopied(t('analysis.copyFailed')))}
        >
          {copied || t('analysis.copy')}
        </button>
      </div>
    </div>
  );
}
