import { PHASE_NAMES } from '../../lib/catalogue';
import { AXIS_BAND_LABELS, axisBand } from '../../lib/catalogue/filter';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import type { RelationshipType } from '../../lib/catalogue/schema';

const COST_LABELS = { low: 'Low cost', medium: 'Medium cost', high: 'High cost' } as const;

/** The small facts shown under a type's name: phases, place on the axis, cost to serve. */
export function TypeChips({ type }: { type: RelationshipType }) {
  return (
    <ul class="chips" aria-label="Key facts">
      {PHASE_IDS.filter((p) => type.phases.includes(p)).map((p) => (
        <li key={p} class={`chip phase-${p}`}>{PHASE_NAMES[p]}</li>
      ))}
      <li class="chip">{AXIS_BAND_LABELS[axisBand(type.automation)]}</li>
      <li class={`chip cost-${type.costToServe}`}>{COST_LABELS[type.costToServe]}</li>
    </ul>
  );
}

/** Where a type sits between personal and automated, as a labelled meter. */
export function AxisMeter({ type }: { type: RelationshipType }) {
  return (
    <div class="axis">
      <span aria-hidden="true">Personal</span>
      <meter
        min={0}
        max={100}
        value={type.automation}
        aria-label={`Personal to automated: ${type.automation} of 100 towards automated`}
      />
      <span aria-hidden="true">Automated</span>
    </div>
  );
}
