// Size budgets of the production build (`wxt build` → .output/chrome-mv3), gzip level 9, 1 KB = 1,024 bytes.
// The figures, the files behind them and the budgets come from scripts/sizes.mjs, which `npm run bench` uses
// too, so both print the same numbers under the same keys:
// - content_script_first_gzip_kb: the always-on content script alone (every matched page loads it) ≤ 12;
// - content_script_gzip_kb: everything a canvas page loads once a label appears (that script plus the
//   detector and chip it has injected) ≤ 25;
// - reader_gzip_kb: the reader script and the stylesheet injected with it ≤ 25;
// - sidepanel_largest_view_gzip_kb: what the panel loads to show its largest view (the page's chunks plus one
//   area loaded on demand with everything it imports, plus the language pack and that view's own language
//   chunks, in the language where they weigh most) ≤ 80;
// - sidepanel_js_total_gzip_kb: every chunk an English panel can load together ≤ 145, so the sum cannot grow
//   unnoticed;
// - sidepanel_language_chunk_gzip_kb: every chunk of the heaviest other language together ≤ 50.
// Prints every figure beside its budget; exits 1 naming the files when a budget is exceeded.
import { relative, resolve } from 'node:path';
import { BUDGETS_KB, KB, PRODUCTION_BUILD, measureBuild } from './sizes.mjs';

const dirArg = process.argv.indexOf('--dir');
const BUILD = dirArg > 0 ? resolve(process.argv[dirArg + 1]) : PRODUCTION_BUILD;

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

function main() {
  let build;
  try {
    build = measureBuild(BUILD);
  } catch (error) {
    console.error(`check-size: ${error.message}`);
    process.exit(2);
  }
  const { figures, files } = build;
  const over = [];
  console.log(`Size budgets (gzip -9, 1 KB = ${KB} bytes) of ${relative(process.cwd(), BUILD) || BUILD}\n`);

  const describe = {
    content_script_first_gzip_kb: 'always-on content script',
    content_script_gzip_kb: 'canvas page once a label appears',
    reader_gzip_kb: 'reader',
    sidepanel_largest_view_gzip_kb: `side panel, largest view (${build.largestView})`,
    sidepanel_js_total_gzip_kb: 'side panel in English, every chunk together (OCR code apart)',
    sidepanel_language_chunk_gzip_kb: `side panel, every chunk of one other language (${build.heaviestLanguage})`,
    ocr_code_gzip_kb: '"Read this board" code, loaded on its click',
  };
  for (const [key, budget] of Object.entries(BUDGETS_KB)) {
    const size = figures[key];
    const ok = size <= budget;
    const listed = ['sidepanel_js_total_gzip_kb', 'sidepanel_language_chunk_gzip_kb', 'ocr_code_gzip_kb'].includes(key) ? `${files[key].length} chunks` : files[key].join(' + ');
    console.log(`  ${ok ? 'ok  ' : 'OVER'} ${pad(key, 32)} ${padL(size.toFixed(1), 6)} / ${budget} KB  ${describe[key]}: ${listed}`);
    if (!ok) over.push(`${key} (${describe[key]}) is ${size.toFixed(1)} KB gzip, over its ${budget} KB budget: ${files[key].join(', ')}`);
  }

  const lang = build.heaviestLanguage;
  console.log(`\nSide panel JavaScript per view (the page's chunks + one area loaded on demand + its language chunks), each ≤ ${BUDGETS_KB.sidepanel_largest_view_gzip_kb} KB;`);
  console.log('"view › part" adds what that view loads later on request (reported as sidepanel_largest_part_gzip_kb, no budget):');
  for (const view of build.views) {
    const english = lang ? `, ${kb(view.english)} in English` : '';
    console.log(`       ${pad(view.name, 30)} ${padL(kb(view.gzip), 9)}  (${view.files.length} chunks${english})`);
  }
  if (build.languagePacks.length) {
    console.log('\nLanguage chunks (loaded only while that language is active), heaviest first:');
    for (const p of build.languagePacks) console.log(`       ${pad(p.language, 4)} ${padL(kb(p.gzip), 9)}  ${p.files.join(', ')}`);
    console.log(`       sidepanel_language_chunk_gzip_kb ${figures.sidepanel_language_chunk_gzip_kb.toFixed(1)} (${lang})`);
  }

  const total = build.chunks.reduce((sum, c) => sum + c.gzip, 0);
  console.log(`\nEvery chunk reachable from ${build.panelPath} (script tags, static and dynamic imports):`);
  console.log(`  ${pad('chunk', 44)} ${pad('loaded', 8)} ${padL('raw', 9)} ${padL('gzip', 9)}  share`);
  for (const c of build.chunks) {
    console.log(`  ${pad(c.file, 44)} ${pad(c.how, 8)} ${padL(kb(c.raw), 9)} ${padL(kb(c.gzip), 9)}  ${padL(((c.gzip / total) * 100).toFixed(0), 3)} %`);
  }
  for (const s of build.stylesheets) console.log(`  (not counted: stylesheet ${s.file} ${kb(s.gzip)})`);
  console.log(`\nOCR engine files under /ocr/ (loaded only by "Read this board", no budget): ${figures.ocr_assets_gzip_mb.toFixed(2)} MB gzip in ${files.ocr_assets_gzip_mb.length} files`);

  if (over.length) {
    console.error(`\nSize budget exceeded:\n${over.map((o) => `  - ${o}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll size budgets met.');
}

main();
