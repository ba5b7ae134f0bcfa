/**
 * What each export format is, without the code that writes it: the export panel lists the formats from here
 * and loads the renderers (formats.ts, with Markdown, print and JSON-LD) only when the user exports.
 */
export interface FormatInfo {
  /** Also names its label and one-line description in the panel's messages (`format.<id>`, `format.<id>.about`). */
  id: string;
  /** Without the dot. */
  extension: string;
  mime: string;
  /** Whether import reads it back (only the JSON envelope: the others are for people and other tools). */
  importable: boolean;
  /** What it holds, so a view can leave out formats with nothing to show (JSON-LD without annotations). */
  holds: 'drafts' | 'annotations' | 'everything';
}

export const FORMAT_LIST = [
  { id: 'json', extension: 'json', mime: 'application/json', importable: true, holds: 'everything' },
  { id: 'markdown', extension: 'md', mime: 'text/markdown;charset=utf-8', importable: false, holds: 'everything' },
  { id: 'html', extension: 'html', mime: 'text/html;charset=utf-8', importable: false, holds: 'drafts' },
  { id: 'jsonld', extension: 'jsonld', mime: 'application/ld+json', importable: false, holds: 'annotations' },
] as const satisfies readonly FormatInfo[];

export type FormatId = (typeof FORMAT_LIST)[number]['id'];
