/**
 * Names the class views show for a draft's types and phases. The views pass the panel's language's names
 * (`CohortNames`); lib code and tests default to the catalogue's English ones.
 */
import { PHASE_NAMES, typeById } from '../catalogue';
import type { PhaseId } from '../model/draft';

export interface CohortNames {
  type(typeId: string): string;
  phase(phase: PhaseId): string;
}

/** A type's name from the catalogue; an id this build does not know is shown as it is. */
export function typeName(typeId: string): string {
  return typeById(typeId)?.name ?? typeId;
}

export function phaseName(phase: PhaseId): string {
  return PHASE_NAMES[phase];
}

export const ENGLISH_NAMES: CohortNames = { type: typeName, phase: phaseName };
