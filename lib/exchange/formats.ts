/**
 * Export formats (DESIGN.md: one registry per extensible thing): `FORMAT_LIST` (format-list.ts) says what each
 * is, `RENDERERS` here how it is written. Adding a format = an entry in each, and its label in the panel's
 * messages (`format.<id>`), all three checked by the typecheck. `exportFile` names, types and renders any of them.
 */
import { buildEnvelope, type ExportInput } from './envelope';
import { renderJsonLd } from './jsonld';
import { renderMarkdown } from './markdown';
import { renderPrint } from './print';
import { FORMAT_LIST, type FormatId, type FormatInfo } from './format-list';

export { FORMAT_LIST, type FormatId };

export interface ExportFormat extends FormatInfo {
  id: FormatId;
  render(input: ExportInput): string;
  /** What the file name says it holds, when that is not the drafts' title (see `exportSubject`). */
  subject?(input: ExportInput): string;
}

/** How each format is written; typed by `FormatId`, so a format listed without its renderer does not compile. */
const RENDERERS: Record<FormatId, Pick<ExportFormat, 'render' | 'subject'>> = {
  json: { render: (input) => `${JSON.stringify(buildEnvelope(input.drafts, input.annotations, input.app, input.exportedAt, input.kind), null, 2)}\n` },
  markdown: { render: renderMarkdown },
  html: { render: renderPrint },
  jsonld: { render: renderJsonLd, subject: () => 'annotations' },
};

export const EXPORT_FORMATS: readonly ExportFormat[] = FORMAT_LIST.map((info) => ({ ...info, ...RENDERERS[info.id] }));

export function exportFormat(id: FormatId): ExportFormat {
  return EXPORT_FORMATS.find((f) => f.id === id)!;
}

/**
 * What a file name says it holds: `backup` for everything, the title of a single draft, `3-drafts` for a
 * selection, `annotations` when there are no drafts.
 */
export function exportSubject(input: Pick<ExportInput, 'drafts' | 'kind'>): string {
  if (input.kind === 'backup') return 'backup';
  if (input.drafts.length === 1) return input.drafts[0]!.title || 'draft';
  if (input.drafts.length === 0) return 'annotations';
  return `${input.drafts.length}-drafts`;
}

const MAX_SLUG = 50;

/** Lower-case words joined by dashes, accents dropped, any script's letters kept; never empty. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if ([...next].length > MAX_SLUG) {
      // A first word longer than the limit is cut; otherwise stop at a whole word.
      if (!out) out = [...word].slice(0, MAX_SLUG).join('');
      break;
    }
    out = next;
  }
  return out || 'draft';
}

/** `crc-coworking-space-2026-11-23.md`: app prefix, subject, the local calendar day, the format's extension. */
export function fileName(format: FormatId | ExportFormat, subject: string, date: Date): string {
  const { extension } = typeof format === 'string' ? exportFormat(format) : format;
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `crc-${slug(subject)}-${stamp}.${extension}`;
}

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** The file for `input` in format `id`: ready for a Blob and a download. */
export function exportFile(id: FormatId, input: ExportInput): ExportFile {
  const format = exportFormat(id);
  const subject = format.subject?.(input) ?? exportSubject(input);
  return { name: fileName(format, subject, input.exportedAt), mime: format.mime, text: format.render(input) };
}
