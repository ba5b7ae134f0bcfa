/**
 * The relationship catalogue: every type and lookups over them (the Get / Keep / Grow guide is `./guide`).
 * The data is static and bundled; its schema and cross-references are checked by unit tests.
 */
import type { RelationshipType } from './schema';
import { RELATIONSHIP_TYPES } from './types-data';

export { RELATIONSHIP_TYPES };

const byId = new Map(RELATIONSHIP_TYPES.map((t) => [t.id, t]));

export function typeById(id: string): RelationshipType | undefined {
  return byId.get(id);
}

export { PHASE_NAMES } from './ids';
