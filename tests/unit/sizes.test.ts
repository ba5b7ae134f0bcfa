/**
 * The size figures (scripts/sizes.mjs, used by `npm run check:size` and `npm run bench`) count what a page
 * really loads, read from the build: checked on a miniature build laid out as WXT lays out ours.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KB, measureBuild } from '../../scripts/sizes.mjs';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Writes `files` (path → text) as a build directory with a manifest. */
function build(files: Record<string, string>, manifest: object): string {
  dir = mkdtempSync(join(tmpdir(), 'crc-sizes-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const MANIFEST = {
  background: { service_worker: 'background.js' },
  side_panel: { default_path: 'sidepanel.html' },
  content_scripts: [{ matches: ['https://example.com/*'], js: ['content-scripts/canvas.js'] }],
};
const FILES = {
  'background.js': 'executeScript({files:[`/canvas-detector.js`]});var r=`/reader.js`,c=`/reader-highlights.css`;',
  'content-scripts/canvas.js': 'var s=globalThis.__crcCanvasDetector;' + 'a'.repeat(50),
  'canvas-detector.js': 'globalThis.__crcCanvasDetector={};' + 'b'.repeat(50),
  'reader.js': 'globalThis.__crcReader={};',
  'reader-highlights.css': '::highlight(x){}',
  'sidepanel.html': '<script type="module" src="/chunks/sidepanel-AAAAAAAA.js"></script>',
  'chunks/sidepanel-AAAAAAAA.js': 'import("./drafts-BBBBBBBB.js");import("./advisor-CCCCCCCC.js");',
  'chunks/drafts-BBBBBBBB.js': 'import{x}from"./schemas-DDDDDDDD.js";' + 'd'.repeat(400),
  'chunks/advisor-CCCCCCCC.js': 'export const a=1;',
  'chunks/schemas-DDDDDDDD.js': 'export const x=1;',
};

describe('size figures', () => {
  it('counts a canvas page as the always-on script plus the detector it hands off to, and the reader apart', () => {
    const { files } = measureBuild(build(FILES, MANIFEST));
    expect(files.content_script_first_gzip_kb).toEqual(['content-scripts/canvas.js']);
    expect(files.content_script_gzip_kb).toEqual(['content-scripts/canvas.js', 'canvas-detector.js']);
    expect(files.reader_gzip_kb).toEqual(['reader.js', 'reader-highlights.css']);
  });

  it('sizes the panel by its largest view: the page plus one area with what it imports', () => {
    const result = measureBuild(build(FILES, MANIFEST));
    expect(result.largestView).toBe('drafts');
    expect([...result.files.sidepanel_largest_view_gzip_kb].sort()).toEqual(['chunks/drafts-BBBBBBBB.js', 'chunks/schemas-DDDDDDDD.js', 'chunks/sidepanel-AAAAAAAA.js']);
    expect(result.files.sidepanel_js_gzip_kb).toEqual(['chunks/sidepanel-AAAAAAAA.js']);
    expect(result.figures.sidepanel_js_total_gzip_kb * KB).toBe(result.chunks.reduce((sum, c) => sum + c.gzip, 0));
  });

  it('measures each view with its language pack and its own language chunks, and the total without them', () => {
    const files = {
      ...FILES,
      '_locales/en/messages.json': '{}',
      '_locales/de/messages.json': '{}',
      '_locales/fr/messages.json': '{}',
      'chunks/sidepanel-AAAAAAAA.js': `${FILES['chunks/sidepanel-AAAAAAAA.js']}import("./de-EEEEEEEE.js");import("./fr-FFFFFFFF.js");import("./guide.de-HHHHHHHH.js");`,
      'chunks/drafts-BBBBBBBB.js': `${FILES['chunks/drafts-BBBBBBBB.js']};import("./drafts.de-GGGGGGGG.js");`,
      'chunks/de-EEEEEEEE.js': 'export default{a:"Entwürfe und Vorschläge"};',
      'chunks/drafts.de-GGGGGGGG.js': 'export default{b:"Papierkorb leeren"};',
      'chunks/guide.de-HHHHHHHH.js': `export default{c:"${'Leitfaden zum Baustein Kundenbeziehungen '.repeat(20)}"};`,
      'chunks/fr-FFFFFFFF.js': 'export default{a:"x"};',
    };
    const result = measureBuild(build(files, { ...MANIFEST, default_locale: 'en' }));
    const view = (name: string) => result.views.find((v) => v.name === name)!;
    // Language chunks are no views of their own; the catalogue's own content in a language is one.
    expect(result.views.map((v) => v.name).sort()).toEqual(['advisor', 'catalogue pages (type, compare, guide)', 'drafts', 'first view (catalogue)']);
    expect(result.heaviestLanguage).toBe('de');
    const size = (file: string) => result.chunks.find((c) => c.file === file)!.gzip;
    // The pack loads with every view; an area's chunk only with the view that imports it.
    expect(view('advisor').gzip).toBe(view('advisor').english + size('chunks/de-EEEEEEEE.js'));
    expect(view('drafts').gzip).toBe(view('drafts').english + size('chunks/de-EEEEEEEE.js') + size('chunks/drafts.de-GGGGGGGG.js'));
    expect(view('first view (catalogue)').files).not.toContain('chunks/guide.de-HHHHHHHH.js');
    expect(view('catalogue pages (type, compare, guide)').files).toContain('chunks/guide.de-HHHHHHHH.js');
    expect([...result.files.sidepanel_language_chunk_gzip_kb].sort()).toEqual(['chunks/de-EEEEEEEE.js', 'chunks/drafts.de-GGGGGGGG.js', 'chunks/guide.de-HHHHHHHH.js']);
    // The total is the English panel's; a language's own chunks are their own figure.
    expect(result.files.sidepanel_js_total_gzip_kb.filter((f) => /\.(de|fr)-|\/(de|fr)-/.test(f))).toEqual([]);
    expect(result.figures.sidepanel_js_total_gzip_kb * KB).toBe(result.chunks.filter((c) => !/\.de-|\/(de|fr)-/.test(c.file)).reduce((sum, c) => sum + c.gzip, 0));
  });

  it('counts what a view loads later on request as a part of that view, reported apart from the views', () => {
    const files = {
      ...FILES,
      'chunks/drafts-BBBBBBBB.js': `${FILES['chunks/drafts-BBBBBBBB.js']};import("./check-IIIIIIII.js");`,
      'chunks/check-IIIIIIII.js': `export const rules=1;${'r'.repeat(900)}`,
    };
    const result = measureBuild(build(files, MANIFEST));
    const part = result.views.find((v) => v.name === 'drafts › check')!;
    expect(part.part).toBe(true);
    expect([...part.files].sort()).toEqual(['chunks/check-IIIIIIII.js', 'chunks/drafts-BBBBBBBB.js', 'chunks/schemas-DDDDDDDD.js', 'chunks/sidepanel-AAAAAAAA.js']);
    expect(result.largestView).toBe('drafts');
    expect(result.largestPart).toBe('drafts › check');
    expect(result.figures.sidepanel_largest_part_gzip_kb).toBeGreaterThan(result.figures.sidepanel_largest_view_gzip_kb);
  });

  it('refuses to leave a newly injected script uncounted when it cannot tell which page loads it', () => {
    const files = { ...FILES, 'background.js': `${FILES['background.js']}var p=\`/picker.js\`;`, 'picker.js': 'globalThis.__crcPicker={};' };
    expect(() => measureBuild(build(files, MANIFEST))).toThrow(/picker\.js/);
  });
});
