/**
 * "Read this board", end to end: capture the tab, check the picture, recognise it in the OCR worker, colour
 * each word by what it is written on, then find the block with lib/ocr. Loaded only when the user asks.
 * Steps and problems are codes with their facts; the view says them in the panel's language.
 */
import { backgroundOf, isBlank } from '../../lib/ocr/colour';
import { readBoard, type BoardReading } from '../../lib/ocr/board';
import { chooseLanguages } from '../../lib/ocr/languages';
import { ENLARGE_QUALITY, upscaleFor } from '../../lib/ocr/tesseract-json';
import { captureTab, tabLanguage, type CaptureProblem } from '../../lib/platform/capture';
import { startOcrEngine, type EngineProgress, type OcrEngine } from '../../lib/platform/ocr-engine';

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
      /** The capture, for the picture shown beside the notes (stored only if the user keeps it with the draft). */
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
/** The running read's progress: a kept engine reports to the read that uses it, not to the one that started it. */
let reportTo: EngineProgress | undefined;

/**
 * The engine for a read: the one kept from the last read when it has the same languages, else a new one,
 * which starts loading at once while the languages are still being decided (`choosing`).
 */
async function engineFor(choosing: Promise<{ codes: string[] }>, signal: AbortSignal): Promise<OcrEngine> {
  const codes = choosing.then((c) => c.codes);
  if (kept) {
    clearTimeout(kept.timer);
    const { key, engine } = kept;
    kept = undefined;
    if (key === (await codes).join('+')) return engine;
    engine.close();
  }
  return startOcrEngine(codes, signal, (stage, share) => reportTo?.(stage, share));
}

/**
 * Keeps `engine` for the next read, even while it is still starting: a read retried right after a refused
 * capture then waits for the same engine instead of loading a second one beside it. An engine that fails to
 * start, or waits unused too long, is dropped.
 */
function keep(codes: readonly string[], engine: OcrEngine): void {
  if (kept) {
    clearTimeout(kept.timer);
    if (kept.engine !== engine) kept.engine.close();
  }
  const drop = () => {
    if (kept?.engine !== engine) return;
    clearTimeout(kept.timer);
    kept = undefined;
    engine.close();
  };
  kept = { key: codes.join('+'), engine, timer: setTimeout(drop, KEEP_ENGINE_MS) };
  engine.ready.catch(drop);
}

/**
 * The capture decoded once: its pixels (for the blank check and note colours) and the pixels the engine is
 * handed, which it takes over — a copy, or, when small text needs it (`upscaleFor`), the picture enlarged
 * `scale` times. A blank capture gets no copy: it is not read.
 */
async function decode(image: Blob): Promise<{ pixels: ImageData; forEngine: ImageData | undefined; scale: number }> {
  const bitmap = await createImageBitmap(image);
  const scale = upscaleFor(devicePixelRatio, bitmap.width, bitmap.height);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    if (isBlank(pixels)) return { pixels, forEngine: undefined, scale: 1 };
    if (scale === 1) return { pixels, forEngine: new ImageData(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height), scale: 1 };
    const enlarged = new OffscreenCanvas(bitmap.width * scale, bitmap.height * scale);
    const big = enlarged.getContext('2d', { willReadFrequently: true })!;
    big.imageSmoothingQuality = ENLARGE_QUALITY;
    big.drawImage(bitmap, 0, 0, enlarged.width, enlarged.height);
    return { pixels, forEngine: big.getImageData(0, 0, enlarged.width, enlarged.height), scale };
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
  // Until the picture is handed over, a read that stops (a refused capture, a blank screen, Cancel) keeps the
  // engine for the next try — after zooming in, say — whether it has finished starting or not.
  let sent = false;
  try {
    // The engine (worker, wasm, then language data) loads while the page's language is asked and the screen
    // is captured and checked.
    const choosing = tabLanguage(tabId).then((language) => chooseLanguages(language, options.language));
    reportTo = (stage, share) => {
      if (stage === 'reading') options.progress({ step: 'reading', share });
    };
    const starting = engineFor(choosing, signal);
    options.progress({ step: 'capturing' });
    const [choice, capture] = await Promise.all([choosing, captureTab(tabId)]);
    codes = choice.codes;
    engine = await starting;
    if (!capture.ok) return { ok: false, problem: capture.error, detail: capture.detail };
    signal.throwIfAborted();
    const { pixels, forEngine, scale } = await decode(capture.image);
    signal.throwIfAborted();
    if (!forEngine) return { ok: false, problem: 'blank' };
    sent = true;
    // The picture goes to the worker now, to be read as soon as the engine has started.
    const recognising = engine.recognise(forEngine, { width: pixels.width, height: pixels.height, scale }, signal);
    recognising.catch(() => undefined); // awaited below, after the engine's start
    options.progress({ step: 'loading', languages: choice.tags });
    await engine.ready;
    options.progress({ step: 'reading' });
    const { page } = await recognising;
    for (const line of page.lines) for (const word of line.words) word.background = backgroundOf(pixels, word.box);
    const reading = readBoard(page, document.implementation.createHTMLDocument(''));
    if (reading.status === 'not-found') {
      return reading.problem === 'no-block' ? { ok: false, problem: 'no-block', missing: choice.missing } : { ok: false, problem: reading.problem };
    }
    return { ok: true, reading, image: capture.image, source: { url: capture.url, title: capture.title }, width: pixels.width, height: pixels.height, missing: choice.missing };
  } catch (error) {
    if (sent) {
      engine?.close(); // stopped mid-recognition: the worker is busy with a picture nobody wants
      engine = undefined;
    }
    if (limit.aborted) return { ok: false, problem: 'timeout', seconds: READ_TIME_LIMIT_MS / 1000 };
    if (options.signal.aborted) return { ok: false, problem: 'cancelled' };
    return { ok: false, problem: 'failed', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    if (engine) keep(codes, engine);
  }
}
