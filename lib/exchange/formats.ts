/**
 * The registry of export formats (DESIGN.md: one registry per extensible thing). Adding a format = one entry
 * here: the views list `EXPORT_FORMATS`, and `exportFile` names, types and renders any of them.
 */
import { buildEnvelope, type ExportInput } from './envelope';
import { renderJsonLd } from './jsonld';
import { renderMarkdown } from './markdown';
import { renderPrint } from './print';

export interface ExportFormat {
  /** Also names its label and one-line description in the panel's messages (`format.<id>`, `format.<id>.about`). */
  id: string;
  /** Without the dot. */
  extension: string;
  mime: string;
  /** Whether import reads it back (only the JSON envelope: the others are for people and other tools). */
  importable: boolean;
  /** What it holds, so a view can leave out formats with nothing to show (JSON-LD without annotations). */
  holds: 'drafts' | 'annotations' | 'everything';
  render(input: ExportInput): string;
  /** What the file name says it holds, when that is not the drafts' title (see `exportSubject`). */
  subject?(input: ExportInput): string;
}

export const EXPORT_FORMATS = [
  {
    id: 'json',
    extension: 'json',
    mime: 'application/json',
    importable: true,
    holds: 'everything',
    render: (input) => `${JSON.stringify(buildEnvelope(input.drafts, input.annotations, input.app, input.exportedAt, input.kind), null, 2)}\n`,
  },
  {
    id: 'markdown',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    importable: false,
    holds: 'everything',
    render: renderMarkdown,
  },
  {
    id: 'html',
    extension: 'html',
    mime: 'text/html;charset=utf-8',
    importable: false,
    holds: 'drafts',
    render: renderPrint,
  },
  {
    id: 'jsonld',
    extension: 'jsonld',
    mime: 'application/ld+json',
    importable: false,
    holds: 'annotations',
    render: renderJsonLd,
    subject: () => 'annotations',
  },
] as const satisfies readonly ExportFormat[];

export type FormatId = (typeof EXPORT_FORMATS)[number]['id'];

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
