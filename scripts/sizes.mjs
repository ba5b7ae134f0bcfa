// What each part of a built extension costs to load: gzip level 9, 1 KB = 1,024 bytes. The one place where
// `npm run check:size` (scripts/check-size.mjs) and `npm run bench` (tests/bench/run.mjs) get their size
// figures and budgets, so the two cannot disagree on a file, a unit or a limit.
//
// The sets of files are read from the build, never listed by hand:
// - always-on content scripts: the manifest's `content_scripts`;
// - scripts injected on demand: paths to build files written in the background's code (executeScript,
//   insertCSS, registerContentScripts arguments) that no extension page imports;
// - an injected script that shares a `__crc…` handoff key with an always-on script is loaded *by* that script
//   (the canvas script asks for the detector, which registers itself under that key): it counts with it;
// - the one other injected script is the reader; injected stylesheets count with it.
// - the side panel: every chunk reachable from its page, and per view the page's chunks plus one area loaded
//   on demand with everything it imports;
// - language chunks: named after a language the build's _locales speak besides the default (`de-….js`, the pack
//   every view of that language loads first) or ending in one (`drafts.de-….js`, `type-pages.de-….js`: an area's
//   own, loaded with the view that imports it). Each view is measured with its pack and its own language chunks,
//   in the language for which they weigh most; the catalogue's type pages and guide count as a view of their own.
//   The panel's total is the English panel's chunks; the heaviest language's own chunks are a figure of their own.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1024;
/** The production build (`wxt build`): what users install, so what sizes are measured on. */
export const PRODUCTION_BUILD = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/** Budgets in KB, by the bench's JSON key. */
export const BUDGETS_KB = {
  content_script_first_gzip_kb: 12,
  content_script_gzip_kb: 25,
  reader_gzip_kb: 25,
  sidepanel_largest_view_gzip_kb: 80,
  // Every chunk an English panel can load. Raised from 120 with the Class area (a coach's import and cohort
  // workspace, ~25 KB with its zip library), which no other view loads; the per-view budget above is what a user
  // waits for. Raised from 145 to 170 when every area learnt seven languages (issue 16): the words of all twelve
  // areas moved out of the components into message files (~10 KB of English with their keys), search reads every
  // language's type names (~5 KB), and the smaller per-area chunks that keep each view under 80 KB in German cost
  // some compression. Another language's own chunks are budgeted apart (below).
  sidepanel_js_total_gzip_kb: 170,
  // Every chunk of one language besides English (pack, type pages, guide, each area's messages), which only a
  // panel in that language loads; the heaviest language is measured.
  sidepanel_language_chunk_gzip_kb: 50,
  // All the JavaScript of ours a read loads: the panel's part (components/ocr/ocr-*.ts) and the OCR worker that
  // drives the wasm (lib/platform/ocr-worker.ts, with its own copy of zod to check the panel's requests). Was 20
  // when tesseract.js drove the engine: its 43 KB of library and worker sat under /ocr/, outside this figure.
  ocr_code_gzip_kb: 25,
};

/** Chunks that only "Read this board" loads (components/ocr/ocr-*.ts and the worker lib/platform/ocr-worker.ts). */
const OCR_CHUNK = /(?:^|\/)ocr-[^/]*\.js$/;

/** Every file under `dir` (none when it does not exist). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The languages whose chunks load on demand: the build's _locales but the default (bundled) one. */
function onDemandLanguages(build, manifest) {
  const dir = join(build, '_locales');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== (manifest.default_locale ?? 'en')).map((e) => e.name);
}

/** The language a chunk belongs to, from its name without the hash, or undefined for a chunk every language loads. */
function chunkLanguage(languages, file) {
  const name = posix.basename(file.split('\\').join('/')).replace(/-[\w-]{8}\.js$/, '');
  return languages.find((l) => name === l || name.endsWith(`.${l}`));
}

/** Where a reference from `fromFile` to `spec` points inside `build`, or undefined when it leaves the build. */
function resolveRef(build, fromFile, spec) {
  if (/^[a-z]+:/i.test(spec)) return undefined; // another origin or scheme
  const file = spec.startsWith('/') ? join(build, spec) : resolve(dirname(fromFile), spec);
  return file.startsWith(build) && existsSync(file) ? file : undefined;
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
  // A worker's script (Vite: `new Worker(new URL("/assets/x.js", …))`) loads when the worker is started.
  for (const m of code.matchAll(new RegExp(String.raw`\bnew\s+Worker\s*\(\s*new\s+URL\s*\(\s*${q}`, 'g'))) refs.push({ spec: m[2], how: 'dynamic' });
  for (const m of code.matchAll(new RegExp(String.raw`\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?${q}`, 'g'))) refs.push({ spec: m[2], how: 'static' });
  for (const m of code.matchAll(/__vite__mapDeps=[\s\S]*?\[((?:\s*["'`][^"'`]+["'`]\s*,?)*)\]/g)) {
    for (const dep of m[1].matchAll(/["'`]([^"'`]+\.js)["'`]/g)) refs.push({ spec: `/${dep[1]}`, how: 'dynamic' });
  }
  return refs;
}

/** Every JS chunk reachable from an HTML page, with how it was first reached (entry, static, dynamic). */
function chunksOfPage(build, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const found = new Map();
  const queue = [];
  const add = (file, how, from) => {
    if (!file || found.has(file) || !file.endsWith('.js')) return;
    found.set(file, { how, from });
    queue.push(file);
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) add(resolveRef(build, htmlFile, m[1]), 'entry');
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)) add(resolveRef(build, htmlFile, m[1]), 'preload');
  while (queue.length) {
    const file = queue.shift();
    for (const ref of referencesOf(file)) add(resolveRef(build, file, ref.spec), found.get(file).how === 'dynamic' && ref.how === 'static' ? 'dynamic' : ref.how, file);
  }
  return found;
}

/** A chunk and everything it imports statically (what the browser loads before the chunk runs). */
function staticClosure(build, file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  for (const ref of referencesOf(file)) {
    if (ref.how !== 'static') continue;
    const target = resolveRef(build, file, ref.spec);
    if (target) staticClosure(build, target, into);
  }
  return into;
}

/**
 * The chunks each view of the panel needs: the page's own; an area the page loads on demand, with everything it
 * imports; and, inside an area, a part it loads on demand in turn (the notes analysis in the Canvas view, the
 * export code in Export and import), counted with the area around it. `skip` names chunks budgeted apart.
 */
function viewsOfPage(build, htmlFile, isLanguageChunk, skip) {
  const html = readFileSync(htmlFile, 'utf8');
  const base = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) {
    const file = resolveRef(build, htmlFile, m[1]);
    if (file) staticClosure(build, file, base);
  }
  const views = [{ name: 'first view (catalogue)', files: base, own: base, content: new Set() }];
  const seen = new Set();
  const chunkName = (file) => posix.basename(file).replace(/-[\w-]{8}\.js$/, '');
  for (let i = 0; i < views.length; i++) {
    const parent = views[i];
    if (parent.content && i > 0) continue;
    for (const file of i === 0 ? base : parent.own) {
      for (const ref of referencesOf(file)) {
        const target = ref.how === 'dynamic' && !ref.spec.startsWith('/') ? resolveRef(build, file, ref.spec) : undefined;
        if (!target || parent.files.has(target) || seen.has(target) || isLanguageChunk(target) || skip(target)) continue;
        seen.add(target);
        const files = staticClosure(build, target, new Set(parent.files));
        views.push({ name: i === 0 ? chunkName(target) : `${parent.name} › ${chunkName(target)}`, part: i > 0, files, own: new Set([...files].filter((f) => !base.has(f))) });
      }
    }
  }
  return views;
}

/** The language chunks `files` load on demand (dynamic imports of chunks `isLanguageChunk` accepts, with their imports). */
function languageChunksOf(build, files, isLanguageChunk) {
  const found = new Set();
  for (const file of files) {
    for (const ref of referencesOf(file)) {
      if (ref.how !== 'dynamic') continue;
      const target = resolveRef(build, file, ref.spec);
      if (target && isLanguageChunk(target)) staticClosure(build, target, found);
    }
  }
  return found;
}

/** Handoff keys a script uses: globals shared between the extension's scripts in one page's isolated world. */
const handoffKeys = (file) => new Set(readFileSync(file, 'utf8').match(/__crc\w+/g) ?? []);

/**
 * The files a web page loads from the extension: the always-on content scripts, then, per kind of page, the
 * scripts and stylesheets the background injects. Throws (a problem for the size check to report) when an
 * injected file cannot be assigned to one of them, rather than leave it uncounted.
 */
function pageScripts(build, manifest, extensionCode, extensionStyles) {
  const rel = (f) => relative(build, f).split('\\').join('/');
  const alwaysOn = [...new Set((manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]))].map((f) => join(build, f));
  const skip = new Set([...alwaysOn, ...extensionCode, ...extensionStyles]);
  // Stylesheets in Vite's preload lists are the panel's own, loaded with its on-demand areas, not injected.
  for (const file of extensionCode) {
    for (const m of readFileSync(file, 'utf8').matchAll(/__vite__mapDeps=[\s\S]*?\[((?:\s*["'`][^"'`]+["'`]\s*,?)*)\]/g)) {
      for (const dep of m[1].matchAll(/["'`]([^"'`]+\.css)["'`]/g)) skip.add(join(build, dep[1]));
    }
  }
  const injected = new Set();
  for (const file of extensionCode) {
    for (const m of readFileSync(file, 'utf8').matchAll(/["'`](\/?[\w./-]+\.(?:js|css))["'`]/g)) {
      const target = resolveRef(build, join(build, 'x'), m[1].startsWith('/') ? m[1] : `/${m[1]}`);
      if (target && !skip.has(target)) injected.add(target);
    }
  }
  const keys = new Set(alwaysOn.filter((f) => f.endsWith('.js')).flatMap((f) => [...handoffKeys(f)]));
  const loadedByAlwaysOn = [...injected].filter((f) => f.endsWith('.js') && [...handoffKeys(f)].some((k) => keys.has(k)));
  const standalone = [...injected].filter((f) => f.endsWith('.js') && !loadedByAlwaysOn.includes(f));
  if (standalone.length !== 1) {
    throw new Error(`expected one script injected on its own (the reader), found ${standalone.length}: ${standalone.map(rel).join(', ') || 'none'}; say in scripts/sizes.mjs which page loads each`);
  }
  const styles = [...injected].filter((f) => f.endsWith('.css'));
  return {
    canvasFirst: alwaysOn.map(rel),
    canvas: [...alwaysOn, ...loadedByAlwaysOn].map(rel),
    reader: [...standalone, ...styles].map(rel),
  };
}

/**
 * Every size figure of the build in `build` (an unpacked extension directory with a manifest.json):
 * `figures` in KB by JSON key (unrounded), and the files behind each so a report can name them.
 */
export function measureBuild(build) {
  build = resolve(build);
  const manifestFile = join(build, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`no build in ${build}; run "wxt build" first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const rel = (f) => posix.normalize(relative(build, f).split('\\').join('/'));
  const bytesOf = (files) => files.reduce((sum, f) => sum + gzipSize(join(build, f)), 0);

  const panelPath = manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel ?? 'sidepanel.html';
  const panelHtml = join(build, panelPath);
  if (!existsSync(panelHtml)) throw new Error(`the side panel page ${panelPath} is not in the build`);
  const languages = onDemandLanguages(build, manifest);
  const languageOf = (file) => chunkLanguage(languages, file);
  const chunks = [...chunksOfPage(build, panelHtml)].map(([file, info]) => ({ file: rel(file), how: info.how, raw: readFileSync(file).length, gzip: gzipSize(file) }));
  chunks.sort((a, b) => b.gzip - a.gzip);
  const sizeOf = new Map(chunks.map((c) => [c.file, c.gzip]));
  // Each language's chunks. The pack named after the language alone (`de-….js`) loads before the first render;
  // an area's own (`drafts.de-….js`, `type-pages.de-….js`) load with the view that imports them. Every view is
  // measured with the language whose chunks for it weigh most.
  const packs = languages
    .map((language) => {
      const own = chunks.filter((c) => languageOf(c.file) === language);
      return { language, files: own.map((c) => c.file), gzip: own.reduce((sum, c) => sum + c.gzip, 0) };
    })
    .filter((p) => p.files.length > 0)
    .sort((a, b) => b.gzip - a.gzip);
  const heaviest = packs[0] ?? { language: undefined, files: [], gzip: 0 };
  const gzipOf = (f) => sizeOf.get(f) ?? gzipSize(join(build, f));
  const isPack = (language) => (file) => languageOf(file) === language && posix.basename(file).replace(/-[\w-]{8}\.js$/, '') === language;
  const pageViews = viewsOfPage(build, panelHtml, (file) => languageOf(file) !== undefined, (file) => OCR_CHUNK.test(file));
  const base = pageViews[0].files;
  // The catalogue's own on-demand language content (type pages, guide): a view of its own, the first view plus it.
  const packFiles = new Set();
  for (const c of chunks) if (languageOf(c.file) && isPack(languageOf(c.file))(c.file)) staticClosure(build, join(build, c.file), packFiles);
  const catalogueContent = languageChunksOf(build, base, (file) => languageOf(file) !== undefined && !packFiles.has(file));
  if (catalogueContent.size > 0) pageViews.splice(1, 0, { name: 'catalogue pages (type, compare, guide)', files: base, own: new Set(), content: catalogueContent });
  const views = pageViews.map((view) => {
    const own = [...view.files].map(rel);
    const english = own.reduce((sum, f) => sum + gzipOf(f), 0);
    const perLanguage = packs.map(({ language }) => {
      const pack = new Set();
      for (const f of chunks.map((c) => c.file).filter(isPack(language))) staticClosure(build, join(build, f), pack);
      const loads = new Set([...pack].map(rel));
      const onDemand = view.content ?? languageChunksOf(build, view.own, (file) => languageOf(file) !== undefined);
      for (const f of onDemand) if (languageOf(rel(f)) === language) loads.add(rel(f));
      const files = [...loads];
      return { language, files, gzip: files.reduce((sum, f) => sum + gzipOf(f), 0) };
    });
    const worst = perLanguage.reduce((a, b) => (b.gzip > a.gzip ? b : a), { language: undefined, files: [], gzip: 0 });
    return { name: view.name, part: Boolean(view.part), files: [...own, ...worst.files], english, gzip: english + worst.gzip, language: worst.language };
  });
  // A view is what a panel route shows; a part is what a view loads later on the user's request (its total with
  // the view is reported, not budgeted: the per-view budget is what a user waits for to see a route).
  const largest = views.filter((v) => !v.part).reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const parts = views.filter((v) => v.part);
  const largestPart = parts.reduce((a, b) => (b.gzip > a.gzip ? b : a), parts[0]);
  const stylesheets = [...readFileSync(panelHtml, 'utf8').matchAll(/<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']([^"']+)["']/g)]
    .map((m) => resolveRef(build, panelHtml, m[1])).filter(Boolean).map((f) => ({ file: rel(f), gzip: gzipSize(f) }));

  const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter(Boolean).map((f) => join(build, f));
  const extensionCode = [...background, ...chunks.map((c) => join(build, c.file))];
  const pages = pageScripts(build, manifest, extensionCode, stylesheets.map((s) => join(build, s.file)));
  // "Read this board" code (components/ocr/ocr-*.ts, the OCR worker) loads only on that button's click: its own
  // budget, outside the panel's total. The engine's files under /ocr/ (wasm core, language data) are reported.
  const ocrChunks = chunks.filter((c) => OCR_CHUNK.test(c.file));
  // The total is the English panel: every chunk but the OCR code and the chunks of one other language only —
  // except language chunks that a language-free chunk imports (search reads every language's type names).
  const common = new Set();
  for (const c of chunks) if (!languageOf(c.file)) staticClosure(build, join(build, c.file), common);
  const panelChunks = chunks.filter((c) => !OCR_CHUNK.test(c.file) && (!languageOf(c.file) || common.has(join(build, c.file))));
  const total = panelChunks.reduce((sum, c) => sum + c.gzip, 0);
  const ocrAssets = filesUnder(join(build, 'ocr')).map(rel);

  return {
    figures: {
      content_script_first_gzip_kb: bytesOf(pages.canvasFirst) / KB,
      content_script_gzip_kb: bytesOf(pages.canvas) / KB,
      reader_gzip_kb: bytesOf(pages.reader) / KB,
      sidepanel_js_gzip_kb: views[0].gzip / KB,
      sidepanel_largest_view_gzip_kb: largest.gzip / KB,
      sidepanel_largest_part_gzip_kb: (largestPart?.gzip ?? 0) / KB,
      sidepanel_js_total_gzip_kb: total / KB,
      sidepanel_language_chunk_gzip_kb: heaviest.gzip / KB,
      ocr_code_gzip_kb: ocrChunks.reduce((sum, c) => sum + c.gzip, 0) / KB,
      ocr_assets_gzip_mb: bytesOf(ocrAssets) / KB / KB,
    },
    files: {
      content_script_first_gzip_kb: pages.canvasFirst,
      content_script_gzip_kb: pages.canvas,
      reader_gzip_kb: pages.reader,
      sidepanel_js_gzip_kb: views[0].files,
      sidepanel_largest_view_gzip_kb: largest.files,
      sidepanel_largest_part_gzip_kb: largestPart?.files ?? [],
      sidepanel_js_total_gzip_kb: panelChunks.map((c) => c.file),
      sidepanel_language_chunk_gzip_kb: heaviest.files,
      ocr_code_gzip_kb: ocrChunks.map((c) => c.file),
      ocr_assets_gzip_mb: ocrAssets,
    },
    largestView: largest.name,
    largestPart: largestPart?.name,
    views,
    languagePacks: packs,
    heaviestLanguage: heaviest.language,
    chunks,
    stylesheets,
    panelPath,
  };
}
