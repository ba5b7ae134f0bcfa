import { browser } from 'wxt/browser';
import type { Worker as TesseractWorker } from 'tesseract.js';
import { linesOf, type TesseractBlock } from '../ocr/tesseract-json';
import { ENGINE_PARAMETERS, type OcrPage } from '../ocr/types';
import { measureSince } from '../perf';

/**
 * The OCR engine (tesseract.js) in a worker of this extension page. Everything it loads — the library, the
 * worker script, the wasm core and the language data — is a file of the extension under /ocr/ (copied there at
 * build time), so nothing is fetched from the network; the library is imported from its extension URL only
 * when a board is read, so none of it is in the panel's own chunks.
 */
export interface OcrEngine {
  /**
   * Recognises a capture of the given size, enlarged `scale` times in `image`; boxes come back in the capture's
   * pixels. `ms` is the engine's own recognise call. Rejects when `signal` aborts.
   */
  recognise(image: Blob | OffscreenCanvas, size: { width: number; height: number; scale: number }, signal: AbortSignal): Promise<{ page: OcrPage; ms: number }>;
  /** Stops the worker at once (also mid-recognition); the engine is unusable afterwards. */
  close(): void;
}

export type EngineProgress = (stage: 'loading' | 'reading', share: number) => void;

type TesseractModule = { default: { createWorker: typeof import('tesseract.js').createWorker } };

// The engine's files are added at build time, so WXT's list of public paths does not name them.
const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(`/ocr/${path}`);
const LSTM_ONLY = 1;

/** Rejects with an AbortError as soon as `signal` aborts. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('Cancelled', 'AbortError'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

/** The engine's small library module (not its wasm or data), fetched ahead so a read starts sooner. */
export function preloadOcrLibrary(): void {
  void import(/* @vite-ignore */ url('tesseract.esm.min.js')).catch(() => undefined);
}

/** Starts the engine with the given Tesseract language codes ("eng", "deu"…). Rejects when `signal` aborts. */
export async function startOcrEngine(languages: readonly string[], signal: AbortSignal, progress: EngineProgress): Promise<OcrEngine> {
  const module = (await Promise.race([import(/* @vite-ignore */ url('tesseract.esm.min.js')), aborted(signal)])) as TesseractModule;
  let worker: TesseractWorker | undefined;
  let closed = false;
  const close = () => {
    closed = true;
    void worker?.terminate().catch(() => undefined);
  };
  signal.addEventListener('abort', close, { once: true });
  const starting = module.default.createWorker([...languages], LSTM_ONLY, {
    workerPath: url('worker.min.js'),
    corePath: url('tesseract-core-simd-lstm.js'),
    langPath: url('lang'),
    // No blob: worker (the extension's CSP has no blob: scripts) and no copy of the data in IndexedDB.
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: false, // unpacked at build time (scripts/ocr-assets.mjs)
    logger: (m) => progress(/recogni/i.test(m.status) ? 'reading' : 'loading', m.progress),
  });
  worker = await Promise.race([starting, aborted(signal)]).catch((error: unknown) => {
    void starting.then((w) => w.terminate()).catch(() => undefined);
    throw error;
  });
  if (closed) close();
  const ready = worker;
  // PSM is an enum of numeric strings in the typings; the values are the same strings.
  await Promise.race([ready.setParameters(ENGINE_PARAMETERS as unknown as Parameters<TesseractWorker['setParameters']>[0]), aborted(signal)]);
  return {
    async recognise(image, { width, height, scale }, jobSignal) {
      const started = performance.now();
      const result = await Promise.race([ready.recognize(image, {}, { blocks: true, text: false }), aborted(jobSignal)]);
      const ms = performance.now() - started;
      measureSince('crc:ocr-recognise', started);
      return { page: { width, height, lines: linesOf((result.data as { blocks?: TesseractBlock[] | null }).blocks ?? [], scale) }, ms };
    },
    close,
  };
}
