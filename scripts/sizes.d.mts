// Types of scripts/sizes.mjs, for the TypeScript tests that check it.
export type SizeKey =
  | 'content_script_first_gzip_kb'
  | 'content_script_gzip_kb'
  | 'reader_gzip_kb'
  | 'sidepanel_js_gzip_kb'
  | 'sidepanel_largest_view_gzip_kb'
  | 'sidepanel_js_total_gzip_kb'
  | 'sidepanel_language_chunk_gzip_kb';

export declare const KB: number;
export declare const PRODUCTION_BUILD: string;
export declare const BUDGETS_KB: Partial<Record<SizeKey, number>>;
export declare function gzipSize(file: string): number;

export interface BuildSizes {
  /** KB by JSON key, unrounded. */
  figures: Record<SizeKey, number>;
  /** The build-relative files behind each figure. */
  files: Record<SizeKey, string[]>;
  largestView: string;
  /** Per view: `english` without language chunks, `gzip` with the heaviest language's (`language`) added. */
  views: { name: string; files: string[]; english: number; gzip: number; language: string | undefined }[];
  /** Each on-demand language's chunks, heaviest first. */
  languagePacks: { language: string; files: string[]; gzip: number }[];
  heaviestLanguage: string | undefined;
  chunks: { file: string; how: string; raw: number; gzip: number }[];
  stylesheets: { file: string; gzip: number }[];
  panelPath: string;
}
export declare function measureBuild(build: string): BuildSizes;
