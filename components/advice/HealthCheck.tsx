import { useMemo } from 'preact/hooks';
import { checkDraft } from '../../lib/advice/health';
import { applyFix } from '../../lib/advice/finding';
import type { DraftContent } from '../../lib/model/draft';
import { HealthText, useFindingTexts, useHealthText } from './text';

interface Props {
  content: DraftContent;
  edit(change: (c: DraftContent) => DraftContent): void;
}

/** The health check of a draft: what is missing or risky, why it matters, and one-click fixes. */
export function HealthCheck(props: Props) {
  return <HealthText><Check {...props} /></HealthText>;
}

function Check({ content, edit }: Props) {
  const t = useHealthText();
  const texts = useFindingTexts();
  const findings = useMemo(() => checkDraft(content, texts), [content, texts]);
  const important = findings.filter((f) => f.severity !== 'low').length;
  return (
    <details class="health" open={important > 0}>
      <summary>
        <h3 id="health-heading">{t('check.heading')}</h3>{' '}
        <span class="small muted">
          {findings.length === 0 ? t('check.nothing') : t('check.count', { count: findings.length, important })}
        </span>
      </summary>
      {findings.length === 0 ? (
        <p class="small">{t('check.none')}</p>
      ) : (
        <ul class="findings" aria-labelledby="health-heading">
          {findings.map((f) => (
            <li key={f.id} class={`finding ${f.severity}`}>
              <p class="finding-title"><span class={`badge ${f.severity}`}>{t(`severity.${f.severity}`)}</span> {f.title}</p>
              <p class="small">{f.why}</p>
              <p class="small"><strong>{t('check.fixLead')}</strong> {f.fix}</p>
              {f.action && (
                <button type="button" onClick={() => edit((c) => applyFix(c, f.action!))} aria-label={t('check.fixLabel', { title: f.title })}>
                  {t('check.fix')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
