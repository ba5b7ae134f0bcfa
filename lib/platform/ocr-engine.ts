import { browser } from 'wxt/browser';
import { engineReply, type EngineReply, type EngineRequest } from '../ocr/engine-messages';
import { ALWAYS_READ } from '../ocr/languages';
import { linesOf } from '../ocr/tesseract-json';
import { ENGINE_PARAMETERS, type OcrPage } from '../ocr/types';
import { measureSince } from '../perf';

/**
 * The OCR engine: Tesseract's wasm build in a worker of this extension page (lib/platform/ocr-worker.ts). The
 * worker's script is one of the panel's own chunks; the wasm core and the language data are files of the
 * extension under /ocr/ (copied there at build time by scripts/ocr-assets.mjs), so nothing is fetched from the
 * network and none of it loads before a board is read.
 */
export interface OcrEngine {
  /** Settles when the engine has started (its worker, wasm and language data loaded); rejects if it cannot. */
  ready: Promise<void>;
  /**
   * Recognises RGBA `pixels` (a capture of `size.width` × `size.height` enlarged `size.scale` times); boxes
   * come back in the capture's pixels. `ms` is the engine's own work on them. The pixels' buffer is handed to
   * the worker (unusable here afterwards). May be called before `ready`. Rejects when `signal` aborts.
   */
  recognise(pixels: ImageData, size: { width: number; height: number; scale: number }, signal: AbortSignal): Promise<{ page: OcrPage; ms: number }>;
  /** Stops the worker at once (also mid-recognition); the engine is unusable afterwards. */
  close(): void;
}

export type EngineProgress = (stage: 'loading' | 'reading', share: number) => void;

// The engine's files are added at build time, so WXT's list of public paths does not name them.
const url = (path: string) => (browser.runtime.getURL as (p: string) => string)(`/ocr/${path}`);

/** Rejects with an AbortError as soon as `signal` aborts. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('Cancelled', 'AbortError'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

/**
 * Starts the engine. The worker and its wasm start loading at once; `languages` (Tesseract codes, "eng",
 * "deu"…) may still be on their way — the page's language is asked of the browser meanwhile. `signal` cancels
 * the start (not the reads after it).
 */
export function startOcrEngine(languages: Promise<readonly string[]>, signal: AbortSignal, progress: EngineProgress): OcrEngine {
  const worker = new Worker(new URL('./ocr-worker.ts', import.meta.url), { name: 'ocr' });
  type Answer = Exclude<EngineReply, { type: 'progress' | 'failed' }>;
  const waiting = new Map<Answer['type'], { resolve: (reply: Answer) => void; reject: (error: Error) => void }>();
  /** Set when the worker failed or was stopped: every request after it fails the same way. */
  let broken: Error | undefined;
  const breakWith = (error: Error) => {
    broken ??= error;
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
  };
  const close = () => {
    worker.terminate();
    breakWith(new DOMException('Cancelled', 'AbortError'));
  };
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = engineReply.safeParse(event.data);
    if (!parsed.success) return breakWith(new Error('The OCR engine answered something unexpected.'));
    const reply = parsed.data;
    if (reply.type === 'progress') return progress(reply.stage, reply.share);
    if (reply.type === 'failed') return breakWith(new Error(reply.detail));
    const w = waiting.get(reply.type);
    waiting.delete(reply.type);
    w?.resolve(reply);
  };
  worker.onmessageerror = () => breakWith(new Error('The OCR engine sent a message that could not be read.'));
  worker.onerror = (event) => {
    event.preventDefault();
    breakWith(new Error(event.message || 'The OCR engine stopped.'));
  };
  /** Sends a request and waits for its answer (one request of each kind at a time). */
  const ask = <T extends Answer['type']>(request: EngineRequest, expect: T, jobSignal: AbortSignal, transfer: Transferable[] = []) =>
    Promise.race([
      new Promise<Extract<Answer, { type: T }>>((resolve, reject) => {
        if (broken) return reject(broken);
        if (jobSignal.aborted) return reject(jobSignal.reason); // nothing sent: the worker does no work for it
        waiting.set(expect, { resolve: resolve as (reply: Answer) => void, reject });
        worker.postMessage(request, transfer);
      }),
      aborted(jobSignal),
    ]);

  signal.addEventListener('abort', close, { once: true });
  const data = (code: string) => url(`lang/${code}.traineddata`);
  worker.postMessage({ type: 'load', core: url('tesseract-core-simd-lstm.js'), wasm: url('tesseract-core-simd-lstm.wasm'), prefetch: [data(ALWAYS_READ)] } satisfies EngineRequest);
  const ready = (async () => {
    const codes = await Promise.race([languages, aborted(signal)]);
    const init: EngineRequest = { type: 'init', languages: codes.map((code) => ({ code, url: data(code) })), parameters: { ...ENGINE_PARAMETERS } };
    await ask(init, 'ready', signal);
  })();
  ready.then(() => signal.removeEventListener('abort', close), close);
  return {
    ready,
    async recognise(pixels, { width, height, scale }, jobSignal) {
      const request: EngineRequest = { type: 'recognise', width: pixels.width, height: pixels.height, pixels: pixels.data.buffer as ArrayBuffer };
      const { blocks, ms } = await ask(request, 'read', jobSignal, [request.pixels]);
      measureSince('crc:ocr-recognise', performance.now() - ms);
      return { page: { width, height, lines: linesOf(blocks, scale) }, ms };
    },
    close,
  };
}
