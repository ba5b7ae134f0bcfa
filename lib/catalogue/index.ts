/**
 * The relationship catalogue: every type, the Get / Keep / Grow guide, and lookups over them.
 * The data is static and bundled; its schema and cross-references are checked by unit tests.
 */
import { GUIDE } from './guide-data';
import type { Metric, MetricId, Phase, PhaseId, RelationshipType } from './schema';
import { RELATIONSHIP_TYPES } from './types-data';

export { GUIDE, RELATIONSHIP_TYPES };

const byId = new Map(RELATIONSHIP_TYPES.map((t) => [t.id, t]));
const metricsById = new Map(GUIDE.metrics.map((m) => [m.id, m]));

export function typeById(id: string): RelationshipType | undefined {
  return byId.get(id);
}

export function metricById(id: MetricId): Metric | undefined {
  return metricsById.get(id);
}

export function phaseById(id: PhaseId): Phase {
  return GUIDE.phases.find((p) => p.id === id)!;
}

export { PHASE_NAMES } from './ids';
