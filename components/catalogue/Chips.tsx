import { axisBand } from '../../lib/catalogue/filter';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { useI18n } from '../i18n';

/** The small facts shown under a type's name: phases, place on the axis, cost to serve. */
export function TypeChips({ type }: { type: RelationshipType }) {
  const { t } = useI18n();
  return (
    <ul class="chips" aria-label={t('chips.label')}>
      {PHASE_IDS.filter((p) => type.phases.includes(p)).map((p) => (
        <li key={p} class={`chip phase-${p}`}>{t(`phase.${p}`)}</li>
      ))}
      <li class="chip">{t(`axis.${axisBand(type.automation)}`)}</li>
      <li class={`chip cost-${type.costToServe}`}>{t(`cost.${type.costToServe}`)}</li>
    </ul>
  );
}

/** Where a type sits between personal and automated, as a labelled meter. */
export function AxisMeter({ type }: { type: RelationshipType }) {
  const { t } = useI18n();
  return (
    <div class="axis">
      <span aria-hidden="true">{t('meter.personal')}</span>
      <meter
        min={0}
        max={100}
        value={type.automation}
        aria-label={t('meter.label', { value: type.automation })}
      />
      <span aria-hidden="true">{t('meter.automated')}</span>
    </div>
  );
}
