/**
 * Names the class views show for a draft's types and phases. The Class area is in English so far, so it names
 * them from the catalogue directly rather than through the export words (which would bring the export messages
 * into a view already close to its size budget).
 */
import { PHASE_NAMES, typeById } from '../catalogue';
import type { PhaseId } from '../model/draft';

/** A type's name from the catalogue; an id this build does not know is shown as it is. */
export function typeName(typeId: string): string {
  return typeById(typeId)?.name ?? typeId;
}

export function phaseName(phase: PhaseId): string {
  return PHASE_NAMES[phase];
}
