/**
 * "3 drafts": an English count for views not yet translated (cohort, export/import, annotations). Translated
 * views use plural templates (`{ one, other }`) in their messages instead.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
