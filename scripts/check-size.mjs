// Size budgets of the production build (`wxt build` → .output/chrome-mv3), gzip level 9:
// - each always-on content script (manifest `content_scripts`): ≤ 15 KB;
// - the side panel's JavaScript: what the panel loads to show any one view — the page's own chunks plus one
//   on-demand area (drafts, advisor, canvas, annotations, export/import) with everything it imports — ≤ 80 KB;
//   and every chunk reachable from sidepanel.html together ≤ 120 KB, so the sum cannot grow unnoticed.
// Language chunks (named after a language, `de-….js`, or ending in one, `types.de-….js`) load only for that
// language: each view is measured once per language with that language's chunks added, the total counts the
// largest language's chunks once, and each language's chunks are reported (sidepanel_language_chunk_gzip_kb).
// 1 KB = 1000 bytes. Prints every figure beside its budget; exits 1 naming the files when a budget is exceeded.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET = 15_000;
export const SIDEPANEL_BUDGET = 80_000;
export const SIDEPANEL_TOTAL_CEILING = 120_000;

const dirArg = process.argv.indexOf('--dir');
const BUILD = resolve(dirArg > 0 ? process.argv[dirArg + 1] : join(import.meta.dirname, '..', '.output', 'chrome-mv3'));

const LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl'];
/** The language a chunk belongs to, from its name without the hash, or undefined for a chunk every language loads. */
const chunkLanguage = (file) => {
  const name = posix.basename(file.split('\\').join('/')).replace(/-[\w-]{8}\.js$/, '');
  return LANGUAGES.find((l) => name === l || name.endsWith(`.${l}`));
};
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

/** Where a reference from `fromFile` to `spec` points inside the build, or undefined when it leaves the build. */
function resolveRef(fromFile, spec) {
  if (/^[a-z]+:/i.test(spec)) return undefined; // another origin or scheme
  const file = spec.startsWith('/') ? join(BUILD, spec) : resolve(dirname(fromFile), spec);
  return file.startsWith(BUILD) && existsSync(file) ? file : undefined;
}

/**
 * The JS files a chunk refers to: `import … from "x"`, `import "x"`, `export … from "x"`, `import("x")`, and
 * Vite's preload list (`__vite__mapDeps`, paths from the build root), which names what dynamic imports load.
 */
function referencesOf(file) {
  const code = readFileSync(file, 'utf8');
  const refs = [];
  const q = String.raw`(["'\x60])([^"'\x60\s]+?\.js)\1`;
  for (const m of code.matchAll(new RegExp(String.raw`\bimport\s*\(\s*${q}\s*\)`, 'g'))) refs.push({ spec: m[2], how: 'dynamic' });
  for (const m of code.matchAll(new RegExp(String.raw`\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?${q}`, 'g'))) refs.push({ spec: m[2], how: 'static' });
  for (const m of code.matchAll(/__vite__mapDeps=[\s\S]*?\[((?:\s*["'`][^"'`]+["'`]\s*,?)*)\]/g)) {
    for (const dep of m[1].matchAll(/["'`]([^"'`]+\.js)["'`]/g)) refs.push({ spec: `/${dep[1]}`, how: 'dynamic' });
  }
  return refs;
}

/** Every JS chunk reachable from an HTML page, with how it was first reached (entry, static, dynamic). */
function chunksOfPage(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const found = new Map();
  const queue = [];
  const add = (file, how, from) => {
    if (!file || found.has(file) || !file.endsWith('.js')) return;
    found.set(file, { how, from });
    queue.push(file);
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) add(resolveRef(htmlFile, m[1]), 'entry');
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)) add(resolveRef(htmlFile, m[1]), 'preload');
  while (queue.length) {
    const file = queue.shift();
    for (const ref of referencesOf(file)) add(resolveRef(file, ref.spec), found.get(file).how === 'dynamic' && ref.how === 'static' ? 'dynamic' : ref.how, file);
  }
  return found;
}

/** A chunk and everything it imports statically (what the browser loads before the chunk runs). */
function staticClosure(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  for (const ref of referencesOf(file)) {
    if (ref.how !== 'static') continue;
    const target = resolveRef(file, ref.spec);
    if (target) staticClosure(target, into);
  }
  return into;
}

/** The chunks each view of the panel needs: the page's own, plus one area loaded on demand with its imports. */
function viewsOfPage(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const base = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) {
    const file = resolveRef(htmlFile, m[1]);
    if (file) staticClosure(file, base);
  }
  const views = [{ name: 'first view (catalogue)', files: base }];
  const seen = new Set();
  for (const file of base) {
    for (const ref of referencesOf(file)) {
      const target = ref.how === 'dynamic' && !ref.spec.startsWith('/') ? resolveRef(file, ref.spec) : undefined;
      if (!target || base.has(target) || seen.has(target) || chunkLanguage(target)) continue;
      seen.add(target);
      views.push({ name: posix.basename(target).replace(/-[\w-]{8}\.js$/, ''), files: staticClosure(target, new Set(base)) });
    }
  }
  return views;
}

function main() {
  const manifestFile = join(BUILD, 'manifest.json');
  if (!existsSync(manifestFile)) {
    console.error(`check-size: no build in ${BUILD}; run "wxt build" first.`);
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const over = [];
  const rel = (f) => posix.normalize(relative(BUILD, f).split('\\').join('/'));

  console.log(`Size budgets (gzip -9, 1 KB = 1000 bytes) of ${relative(process.cwd(), BUILD) || BUILD}\n`);

  const scripts = [...new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []))];
  console.log('Always-on content scripts, each ≤ 15 KB:');
  if (scripts.length === 0) console.log('  (none listed in the manifest)');
  for (const script of scripts) {
    const file = join(BUILD, script);
    const size = gzipSize(file);
    const ok = size <= CONTENT_SCRIPT_BUDGET;
    console.log(`  ${ok ? 'ok  ' : 'OVER'} ${pad(script, 44)} ${padL(kb(size), 9)} / ${kb(CONTENT_SCRIPT_BUDGET)}  (${size} B)`);
    if (!ok) over.push(`content script ${script} is ${kb(size)} gzip, over its ${kb(CONTENT_SCRIPT_BUDGET)} budget`);
  }

  const panelPath = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel ?? 'sidepanel.html';
  const panelHtml = join(BUILD, panelPath);
  if (!existsSync(panelHtml)) {
    console.error(`check-size: the side panel page ${panelPath} is not in the build.`);
    process.exit(2);
  }
  const chunks = [...chunksOfPage(panelHtml)].map(([file, info]) => ({ file: rel(file), ...info, raw: readFileSync(file).length, gzip: gzipSize(file) }));
  chunks.sort((a, b) => b.gzip - a.gzip);
  // One language is active at a time: the total counts every shared chunk and the largest language's once.
  const perLanguage = LANGUAGES.map((l) => chunks.filter((c) => chunkLanguage(c.file) === l).reduce((sum, c) => sum + c.gzip, 0));
  const total = chunks.filter((c) => !chunkLanguage(c.file)).reduce((sum, c) => sum + c.gzip, 0) + Math.max(0, ...perLanguage);
  const sizeOf = new Map(chunks.map((c) => [c.file, c.gzip]));
  console.log(`\nSide panel JavaScript per view (the page's chunks + one area loaded on demand), each ≤ ${kb(SIDEPANEL_BUDGET)}:`);
  let largest = { name: '', size: 0 };
  const languageChunks = (lang) => chunks.filter((c) => chunkLanguage(c.file) === lang);
  const languageSize = (lang) => languageChunks(lang).reduce((sum, c) => sum + c.gzip, 0);
  const languages = LANGUAGES.filter((l) => languageChunks(l).length > 0);
  for (const view of viewsOfPage(panelHtml)) {
    const size = [...view.files].reduce((sum, f) => sum + (sizeOf.get(rel(f)) ?? gzipSize(f)), 0);
    // In another language the view also loads that language's chunks: the largest of them decides.
    const heaviest = languages.reduce((worst, l) => (languageSize(l) > languageSize(worst ?? l) ? l : worst ?? l), undefined);
    const withLanguage = size + (heaviest ? languageSize(heaviest) : 0);
    const fits = withLanguage <= SIDEPANEL_BUDGET;
    if (withLanguage > largest.size) largest = { name: view.name, size: withLanguage };
    const note = heaviest ? `, ${kb(withLanguage)} in ${heaviest}` : '';
    console.log(`  ${fits ? 'ok  ' : 'OVER'} ${pad(view.name, 30)} ${padL(kb(size), 9)}  (${view.files.size} chunks${note})`);
    if (!fits) over.push(`the side panel's ${view.name} view loads ${kb(withLanguage)} gzip${heaviest ? ` in ${heaviest}` : ''}, over its ${kb(SIDEPANEL_BUDGET)} budget: ${[...view.files].map(rel).join(', ')}`);
  }
  console.log(`  largest: ${largest.name} ${kb(largest.size)}`);
  if (languages.length) {
    console.log('\nLanguage chunks (loaded only when that language is active):');
    for (const l of languages) console.log(`  ${l}  ${padL(kb(languageSize(l)), 9)}  ${languageChunks(l).map((c) => `${c.file} ${kb(c.gzip)}`).join(', ')}`);
    const figures = Object.fromEntries(languages.map((l) => [l, Number((languageSize(l) / 1000).toFixed(1))]));
    console.log(`  sidepanel_language_chunk_gzip_kb ${JSON.stringify(figures)}`);
  }
  console.log(`\nEvery chunk reachable from ${panelPath} (script tags, static and dynamic imports), ≤ ${kb(SIDEPANEL_TOTAL_CEILING)} together:`);
  console.log(`  ${pad('chunk', 44)} ${pad('loaded', 8)} ${padL('raw', 9)} ${padL('gzip', 9)}  share`);
  for (const c of chunks) {
    console.log(`  ${pad(c.file, 44)} ${pad(c.how, 8)} ${padL(kb(c.raw), 9)} ${padL(kb(c.gzip), 9)}  ${padL(((c.gzip / total) * 100).toFixed(0), 3)} %`);
  }
  const ok = total <= SIDEPANEL_TOTAL_CEILING;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} total ${kb(total)} / ${kb(SIDEPANEL_TOTAL_CEILING)}  (${total} B${ok ? '' : `, ${kb(total - SIDEPANEL_TOTAL_CEILING)} over`})`);
  const css = [...readFileSync(panelHtml, 'utf8').matchAll(/<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']([^"']+)["']/g)].map((m) => resolveRef(panelHtml, m[1])).filter(Boolean);
  for (const file of css) console.log(`  (not counted: stylesheet ${rel(file)} ${kb(gzipSize(file))})`);
  if (!ok) over.push(`side panel JavaScript is ${kb(total)} gzip in all, over its ${kb(SIDEPANEL_TOTAL_CEILING)} ceiling: ${chunks.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ')}`);

  if (over.length) {
    console.error(`\nSize budget exceeded:\n${over.map((o) => `  - ${o}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nAll size budgets met.');
}

main();
