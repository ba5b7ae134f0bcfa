import { PHASE_IDS } from '../../lib/catalogue/ids';
import type { DraftContent, Evidence } from '../../lib/model/draft';
import { removeEvidence } from '../../lib/model/edit';
import { textFragmentUrl } from '../../lib/model/evidence';
import { useI18n } from '../i18n';
import { useEditorText } from './editor-text';

/**
 * A segment's evidence, by phase: each quote links back to its passage. The link is a text fragment, so it
 * finds the passage even where the extension is not running (another browser, a shared draft).
 */
export function EvidenceList({ evidence, segmentId, label, edit }: {
  evidence: readonly Evidence[];
  segmentId: string;
  label: string;
  edit(change: (c: DraftContent) => DraftContent): void;
}) {
  const t = useEditorText();
  const { t: core } = useI18n();
  if (evidence.length === 0) return null;
  return (
    <section class="evidence" aria-label={t('evidence.region', { segment: label })}>
      <h4>{t('evidence.heading')}</h4>
      {PHASE_IDS.map((phase) => {
        const items = evidence.filter((e) => e.phase === phase);
        if (items.length === 0) return null;
        return (
          <div key={phase} class={`evidence-phase phase-${phase}`}>
            <h5>{core(`phase.${phase}`)}</h5>
            <ul>
              {items.map((e) => (
                <li key={e.id}>
                  <blockquote>{e.quote}</blockquote>
                  <a href={textFragmentUrl(e.url, e.quote, e.prefix, e.suffix)} target="_blank" rel="noopener noreferrer">
                    {e.title || e.url}
                  </a>{' '}
                  <button type="button" class="link-button" aria-label={t('evidence.removeLabel', { quote: e.quote.slice(0, 40) })}
                    onClick={() => edit((c) => removeEvidence(c, segmentId, e.id))}>{t('action.remove')}</button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
