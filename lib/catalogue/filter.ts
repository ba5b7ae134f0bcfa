import type { PhaseId, RelationshipType } from './schema';

/** Bands of the personal ↔ automated axis that the filter offers. */
export const AXIS_BANDS = ['personal', 'mixed', 'automated'] as const;
export type AxisBand = (typeof AXIS_BANDS)[number];

// Their names are messages (`axis.<band>` in lib/i18n/messages/core.<lang>.ts).

/** Which band a position on the 0 (personal) … 100 (automated) axis falls in. */
export function axisBand(automation: number): AxisBand {
  if (automation < 35) return 'personal';
  if (automation <= 65) return 'mixed';
  return 'automated';
}

export interface CatalogueFilter {
  axis?: AxisBand | undefined;
  phase?: PhaseId | undefined;
}

/** Keeps the types that fit every filter that is set; order is preserved. */
export function applyFilter<T extends { type: RelationshipType }>(items: readonly T[], filter: CatalogueFilter): T[] {
  return items.filter(({ type }) =>
    (!filter.axis || axisBand(type.automation) === filter.axis) &&
    (!filter.phase || type.phases.includes(filter.phase)),
  );
}
