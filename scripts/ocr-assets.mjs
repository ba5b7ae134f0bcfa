// The OCR engine's files, copied from node_modules into the build's /ocr/ folder at build time (never committed,
// never fetched at run time). One list for the WXT hook, the size check and the bench.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dirOf = (pkg) => dirname(require.resolve(`${pkg}/package.json`));

/** Folder of the engine in the build; the side panel builds its URLs from it (lib/ocr/languages.ts). */
export const OCR_DIR = 'ocr';

/** Tesseract language codes shipped, each from its @tesseract.js-data package (LSTM "best_int" models). */
export const OCR_LANGUAGES = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld'];

/** `{ absoluteSrc, relativeDest }` for every engine file: main-thread library, worker, wasm core, language data. */
export function ocrAssets() {
  const lib = join(dirOf('tesseract.js'), 'dist');
  const core = dirOf('tesseract.js-core');
  const files = [
    { absoluteSrc: join(lib, 'tesseract.esm.min.js'), relativeDest: `${OCR_DIR}/tesseract.esm.min.js` },
    { absoluteSrc: join(lib, 'worker.min.js'), relativeDest: `${OCR_DIR}/worker.min.js` },
    // SIMD + LSTM-only build: every browser the extension supports has wasm SIMD, and the models are LSTM-only.
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.js'), relativeDest: `${OCR_DIR}/tesseract-core-simd-lstm.js` },
    { absoluteSrc: join(core, 'tesseract-core-simd-lstm.wasm'), relativeDest: `${OCR_DIR}/tesseract-core-simd-lstm.wasm` },
  ];
  for (const lang of OCR_LANGUAGES) {
    files.push({ absoluteSrc: join(dirOf(`@tesseract.js-data/${lang}`), '4.0.0_best_int', `${lang}.traineddata.gz`), relativeDest: `${OCR_DIR}/lang/${lang}.traineddata.gz` });
  }
  return files;
}
