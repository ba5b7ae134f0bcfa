/** The compare selection: up to three types, in the order the user picked them. */
export const MAX_COMPARE = 3;

export type CompareResult = { ok: true; ids: string[] } | { ok: false; error: string; ids: string[] };

/** Adds or removes a type; refuses a fourth with a message the UI can show as it is. */
export function toggleCompare(ids: readonly string[], id: string): CompareResult {
  if (ids.includes(id)) return { ok: true, ids: ids.filter((x) => x !== id) };
  if (ids.length >= MAX_COMPARE) {
    return { ok: false, ids: [...ids], error: `You can compare up to ${MAX_COMPARE} types. Remove one first.` };
  }
  return { ok: true, ids: [...ids, id] };
}
