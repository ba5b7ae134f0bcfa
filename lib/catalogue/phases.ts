/**
 * Lookups into the English phases and metrics (`./phases-data`, `./metrics-data`), for code that needs them without the rest of the
 * guide: the advisor's tactics, the health check, the draft editor.
 */
import { METRICS } from './metrics-data';
import { PHASES } from './phases-data';
import type { Metric, MetricId, Phase, PhaseId } from './schema';

const metricsById = new Map(METRICS.map((m) => [m.id, m]));

export function metricById(id: MetricId): Metric | undefined {
  return metricsById.get(id);
}

export function phaseById(id: PhaseId): Phase {
  return PHASES.find((p) => p.id === id)!;
}
