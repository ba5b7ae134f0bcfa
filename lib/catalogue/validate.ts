import { z } from '../model/zod';
import { BLOCK_IDS, GuideSchema, METRIC_IDS, RelationshipTypeSchema, type Guide, type RelationshipType } from './schema';
import { normalise } from './text';

/** Formats a zod issue path the way users read it: `types[2].examples[0].text`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/**
 * Every problem with the catalogue data: schema violations (with paths), duplicate ids, references
 * to unknown types, keywords shared by two types, metrics or blocks the guide leaves out.
 * An empty list means the data is sound.
 */
export function checkCatalogue(types: readonly unknown[], guide: unknown): string[] {
  const problems: string[] = [];
  const parsedTypes = z.array(RelationshipTypeSchema).safeParse(types);
  if (!parsedTypes.success) {
    for (const issue of parsedTypes.error.issues) problems.push(`types${issuePath(issue.path)}: ${issue.message}`);
  }
  const parsedGuide = GuideSchema.safeParse(guide);
  if (!parsedGuide.success) {
    for (const issue of parsedGuide.error.issues) problems.push(`guide.${issuePath(issue.path)}: ${issue.message}`);
  }
  if (!parsedTypes.success || !parsedGuide.success) return problems;
  return [...checkTypes(parsedTypes.data), ...checkGuide(parsedGuide.data)];
}

function checkTypes(types: readonly RelationshipType[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const keywordOwner = new Map<string, string>();
  for (const t of types) {
    if (ids.has(t.id)) problems.push(`duplicate type id "${t.id}"`);
    ids.add(t.id);
  }
  for (const t of types) {
    for (const r of t.related) {
      if (!ids.has(r)) problems.push(`${t.id}.related: unknown type "${r}"`);
      if (r === t.id) problems.push(`${t.id}.related: a type cannot relate to itself`);
    }
    for (const [lang, list] of Object.entries(t.keywords)) {
      for (const k of list) {
        const key = `${lang}:${normalise(k)}`;
        const owner = keywordOwner.get(key);
        if (owner && owner !== t.id) problems.push(`keyword "${k}" (${lang}) belongs to both ${owner} and ${t.id}`);
        keywordOwner.set(key, t.id);
      }
    }
  }
  return problems;
}

function checkGuide(guide: Guide): string[] {
  const problems: string[] = [];
  const metricIds = new Set(guide.metrics.map((m) => m.id));
  for (const id of METRIC_IDS) if (!metricIds.has(id)) problems.push(`guide.metrics: no entry for "${id}"`);
  const blocks = new Set(guide.blockQuestions.map((q) => q.block));
  for (const id of BLOCK_IDS) {
    if (id !== 'customer-relationships' && !blocks.has(id)) problems.push(`guide.blockQuestions: no question for "${id}"`);
  }
  guide.phases.forEach((p, i) => {
    if (p.id !== (['get', 'keep', 'grow'] as const)[i]) problems.push(`guide.phases[${i}]: expected phases in Get, Keep, Grow order`);
  });
  return problems;
}
