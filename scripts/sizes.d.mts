// Types of scripts/sizes.mjs, for the TypeScript tests that check it.
export type SizeKey =
  | 'content_script_first_gzip_kb'
  | 'content_script_gzip_kb'
  | 'reader_gzip_kb'
  | 'sidepanel_js_gzip_kb'
  | 'sidepanel_largest_view_gzip_kb'
  | 'sidepanel_largest_part_gzip_kb'
  | 'sidepanel_js_total_gzip_kb'
  | 'sidepanel_language_chunk_gzip_kb'
  | 'ocr_code_gzip_kb'
  | 'ocr_assets_gzip_mb';

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
  /** The view with the largest part it loads on request ("view › part"), if any view loads one. */
  largestPart: string | undefined;
  /**
   * Per view: `english` without language chunks, `gzip` with the language chunks it loads in the language where
   * they weigh most (`language`); `part` for what a view loads later on request, measured with its view.
   */
  views: { name: string; part: boolean; files: string[]; english: number; gzip: number; language: string | undefined }[];
  /** Each on-demand language's chunks, heaviest first. */
  languagePacks: { language: string; files: string[]; gzip: number }[];
  heaviestLanguage: string | undefined;
  chunks: { file: string; how: string; raw: number; gzip: number }[];
  stylesheets: { file: string; gzip: number }[];
  panelPath: string;
}
export declare function measureBuild(build: string): BuildSizes;
