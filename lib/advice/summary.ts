/**
 * The concise line for the canvas's Customer Relationships block, suggested from the chosen types:
 * types every segment shares first, then what is specific to a segment ("… for offices").
 */
import type { DraftContent } from '../model/draft';

export function suggestSummary(content: Pick<DraftContent, 'segments'>, typeName: (id: string) => string | undefined): string {
  const segments = content.segments.filter((s) => s.types.length > 0);
  if (segments.length === 0) return '';
  // Type names read as common nouns inside the line ("Self-service + community"); the line starts capitalised.
  const name = (id: string) => (typeName(id) ?? id.replace(/-/g, ' ')).toLowerCase();
  const shared = segments[0]!.types.map((t) => t.typeId).filter((id) => segments.every((s) => s.types.some((t) => t.typeId === id)));
  const parts: string[] = [];
  if (shared.length > 0) parts.push(shared.map(name).join(' + '));
  if (segments.length > 1) {
    for (const s of segments) {
      const own = s.types.map((t) => t.typeId).filter((id) => !shared.includes(id));
      if (own.length > 0) parts.push(`${own.map(name).join(' + ')} for ${s.name.trim() || 'an unnamed segment'}`);
    }
  }
  const line = parts.join(', ');
  return line[0]!.toUpperCase() + line.slice(1);
}
