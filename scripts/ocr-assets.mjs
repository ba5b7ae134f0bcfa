// The OCR engine's files, copied from node_modules into the build's /ocr/ folder at build time (never committed,
// never fetched at run time). One list for the WXT hook, the size check and the bench.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const dirOf = (pkg) => dirname(require.resolve(`${pkg}/package.json`));

/** Folder of the engine in the build; the side panel builds its URLs from it (lib/ocr/languages.ts). */
export const OCR_DIR = 'ocr';

/** Tesseract language codes shipped, each from its @tesseract.js-data package (LSTM "best_int" models). */
export const OCR_LANGUAGES = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld'];

/**
 * `{ absoluteSrc, relativeDest }` for every engine file: the wasm core (its script and its wasm) and the language
 * data. The worker that drives them is the side panel's own code (lib/platform/ocr-worker.ts).
 */
export function ocrAssets() {
  const core = dirOf('tesseract.js-core');
  const files = [
    // SIMD + LSTM-only build: every browser the extension supports has wasm SIMD, and the models are LSTM-only.
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.js'), relativeDest: `${OCR_DIR}/tesseract-core-simd-lstm.js` },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.wasm'), relativeDest: `${OCR_DIR}/tesseract-core-simd-lstm.wasm` },
  ];
  // Unpacked once here: the engine would otherwise gunzip several MB in JavaScript on every first read, and the
  // extension's package is compressed anyway.
  const cache = join(core, '..', '.cache', 'crc-ocr');
  mkdirSync(cache, { recursive: true });
  for (const lang of OCR_LANGUAGES) {
    const unpacked = join(cache, `${lang}.traineddata`);
    if (!existsSync(unpacked)) {
      writeFileSync(unpacked, gunzipSync(readFileSync(join(dirOf(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`))));
    }
    files.push({ absoluteSrc: unpacked, relativeDest: `${OCR_DIR}/lang/${lang}.traineddata` });
  }
  return files;
}
