/**
 * "Read this board", end to end: capture the tab, check the picture, recognise it in the OCR worker, colour
 * each word by what it is written on, then find the block with lib/ocr. Loaded only when the user asks.
 * Steps and problems are codes with their facts; the view says them in the panel's language.
 */
import { backgroundOf, isBlank, type Pixels } from '../../lib/ocr/colour';
import { readBoard, type BoardReading } from '../../lib/ocr/board';
import { chooseLanguages } from '../../lib/ocr/languages';
import { upscaleFor } from '../../lib/ocr/tesseract-json';
import { captureTab, tabLanguage, type CaptureProblem } from '../../lib/platform/capture';
import { preloadOcrLibrary, startOcrEngine, type EngineProgress, type OcrEngine } from '../../lib/platform/ocr-engine';

/** A read that takes longer than this stops with a message instead of leaving the user waiting. */
export const READ_TIME_LIMIT_MS = 120_000;
/** The engine stays loaded this long after a read, so reading again (after zooming in) starts at once. */
const KEEP_ENGINE_MS = 120_000;

export type Found = Extract<BoardReading, { status: 'found' }>;

/** Where a read is: `languages` are the tags whose data loads, `share` how much of the page is read (0–1). */
export type ReadStep =
  | { step: 'capturing' }
  | { step: 'loading'; languages: string[] }
  | { step: 'reading'; share?: number };

/**
 * Why a read gave no notes. `missing`: the page's language, which the reader has no data for; `detail`: the
 * browser's or engine's own words; `seconds`: the time limit reached.
 */
export type ReadProblem =
  | { problem: CaptureProblem; detail?: string | undefined }
  | { problem: 'blank' | 'too-small' | 'no-text' | 'cancelled' }
  | { problem: 'no-block'; missing?: string | undefined }
  | { problem: 'timeout'; seconds: number }
  | { problem: 'failed'; detail: string };

export type ReadOutcome =
  | {
      ok: true;
      reading: Found;
      /** The capture, for the picture shown beside the notes (never stored). */
      image: Blob;
      /** The board's page, for the draft's source. */
      source: { url: string; title: string };
      width: number;
      height: number;
      /** The page's language when the reader has no data for it (read in English, accents may be wrong). */
      missing?: string | undefined;
    }
  | ({ ok: false } & ReadProblem);

export interface ReadOptions {
  /** BCP-47 tag the user chose; else the page's language decides. */
  language?: string | undefined;
  signal: AbortSignal;
  progress: (step: ReadStep) => void;
}

let kept: { key: string; engine: OcrEngine; timer: ReturnType<typeof setTimeout> } | undefined;

/** Fetches the reader's code ahead of a read (a few dozen KB; the engine's wasm and data wait for the read). */
export { preloadOcrLibrary };

async function engineFor(codes: readonly string[], signal: AbortSignal, progress: EngineProgress): Promise<OcrEngine> {
  const key = codes.join('+');
  if (kept) {
    clearTimeout(kept.timer);
    const { key: keptKey, engine } = kept;
    kept = undefined;
    if (keptKey === key) return engine;
    engine.close();
  }
  return startOcrEngine(codes, signal, progress);
}

function keep(codes: readonly string[], engine: OcrEngine): void {
  kept = { key: codes.join('+'), engine, timer: setTimeout(() => { engine.close(); kept = undefined; }, KEEP_ENGINE_MS) };
}

/**
 * The capture decoded once: its pixels (for the blank check and note colours) and, when small text needs it
 * (`upscaleFor`), the picture enlarged `scale` times for the engine.
 */
async function decode(image: Blob): Promise<{ pixels: Pixels; enlarged: OffscreenCanvas | undefined; scale: number }> {
  const bitmap = await createImageBitmap(image);
  const scale = upscaleFor(devicePixelRatio, bitmap.width, bitmap.height);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    if (scale === 1 || isBlank(pixels)) return { pixels, enlarged: undefined, scale: 1 };
    const enlarged = new OffscreenCanvas(bitmap.width * scale, bitmap.height * scale);
    const big = enlarged.getContext('2d')!;
    big.imageSmoothingQuality = 'high';
    big.drawImage(bitmap, 0, 0, enlarged.width, enlarged.height);
    return { pixels, enlarged, scale };
  } finally {
    bitmap.close();
  }
}

/** Reads the board shown in a tab. Never throws: every failure is a problem for the view to explain. */
export async function readThisBoard(tabId: number, options: ReadOptions): Promise<ReadOutcome> {
  const limit = AbortSignal.timeout(READ_TIME_LIMIT_MS);
  const signal = AbortSignal.any([options.signal, limit]);
  let engine: OcrEngine | undefined;
  let codes: string[] = [];
  try {
    // The engine (wasm and language data) loads while the screen is captured and checked: the language
    // comes from the page, so both can start at once.
    const choice = chooseLanguages(await tabLanguage(tabId), options.language);
    codes = choice.codes;
    const starting = engineFor(codes, signal, (stage, share) => {
      if (stage === 'reading') options.progress({ step: 'reading', share });
    });
    // A capture that fails keeps the loaded engine for the next try (after zooming in, say).
    const discard = () => void starting.then((e) => keep(codes, e), () => undefined);
    starting.catch(() => undefined); // a failed start is reported where it is awaited below
    options.progress({ step: 'capturing' });
    const capture = await captureTab(tabId);
    if (!capture.ok) {
      discard();
      return { ok: false, problem: capture.error, detail: capture.detail };
    }
    const { pixels, enlarged, scale } = await decode(capture.image);
    if (isBlank(pixels)) {
      discard();
      return { ok: false, problem: 'blank' };
    }
    options.progress({ step: 'loading', languages: choice.tags });
    engine = await starting;
    options.progress({ step: 'reading' });
    const { page } = await engine.recognise(enlarged ?? capture.image, { width: pixels.width, height: pixels.height, scale }, signal);
    for (const line of page.lines) for (const word of line.words) word.background = backgroundOf(pixels, word.box);
    const reading = readBoard(page, document.implementation.createHTMLDocument(''));
    if (reading.status === 'not-found') {
      return reading.problem === 'no-block' ? { ok: false, problem: 'no-block', missing: choice.missing } : { ok: false, problem: reading.problem };
    }
    return { ok: true, reading, image: capture.image, source: { url: capture.url, title: capture.title }, width: pixels.width, height: pixels.height, missing: choice.missing };
  } catch (error) {
    engine?.close();
    engine = undefined;
    if (limit.aborted) return { ok: false, problem: 'timeout', seconds: READ_TIME_LIMIT_MS / 1000 };
    if (options.signal.aborted) return { ok: false, problem: 'cancelled' };
    return { ok: false, problem: 'failed', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    if (engine) keep(codes, engine);
  }
}
