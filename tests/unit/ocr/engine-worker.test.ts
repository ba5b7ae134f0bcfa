// The OCR worker's side of "Read this board" (lib/platform/ocr-worker.ts), run in Node with a stand-in for
// tesseract.js-core's Emscripten module: what it loads, in what order it may be asked, what it hands Tesseract
// and what it answers. The real engine on real boards is covered end to end (tests/e2e/ocr.test.mjs).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineReply, type EngineReply } from '../../../lib/ocr/engine-messages';

interface Fake {
  replies: EngineReply[];
  fetched: string[];
  written: string[];
  init: string[];
  variables: [string, string][];
  images: { bytes: number[]; width: number; height: number; bpp: number; bpl: number }[];
  initStatus: number;
  send(message: unknown): void;
}

const BLOCKS = [{ paragraphs: [{ lines: [{ words: [{ text: 'Community', confidence: 91.5, bbox: { x0: 10, y0: 20, x1: 110, y1: 40 } }] }] }] }];

/** A fresh worker module with a fake engine behind it; `missing` URLs answer 404. */
async function startWorker(missing: string[] = []): Promise<Fake> {
  vi.resetModules();
  const memory = new WebAssembly.Memory({ initial: 1 });
  const fake: Fake = { replies: [], fetched: [], written: [], init: [], variables: [], images: [], initStatus: 0, send: () => undefined };
  let progress: (percent: number) => void = () => undefined;
  const module = {
    FS: { writeFile: (path: string) => fake.written.push(path) },
    OEM_LSTM_ONLY: 1,
    _malloc: () => 64,
    _free: () => undefined,
    TessBaseAPI: class {
      Init(_: null, languages: string) { fake.init.push(languages); return fake.initStatus; }
      SetVariable(name: string, value: string) { fake.variables.push([name, value]); return true; }
      SetImage(pointer: number, width: number, height: number, bpp: number, bpl: number) {
        fake.images.push({ bytes: [...new Uint8Array(memory.buffer, pointer, width * height * bpp)], width, height, bpp, bpl });
      }
      Recognize() { progress(65); return 0; }
      GetJSONText() { return JSON.stringify({ blocks: BLOCKS }); }
      Clear() {}
    },
  };
  vi.spyOn(WebAssembly, 'compileStreaming').mockResolvedValue({} as WebAssembly.Module);
  vi.spyOn(WebAssembly, 'instantiate').mockResolvedValue({ exports: { memory } } as unknown as WebAssembly.Instance & WebAssembly.WebAssemblyInstantiatedSource);
  vi.stubGlobal('fetch', async (url: string) => {
    fake.fetched.push(url);
    return new Response(missing.includes(url) ? null : new Uint8Array([1, 2, 3]), { status: missing.includes(url) ? 404 : 200 });
  });
  vi.stubGlobal('importScripts', () => {
    vi.stubGlobal('TesseractCore', (arg: { instantiateWasm: (i: object, done: () => void) => void; TesseractProgress: (p: number) => void }) => {
      progress = arg.TesseractProgress;
      return new Promise((resolve) => arg.instantiateWasm({}, () => resolve(module)));
    });
  });
  vi.stubGlobal('postMessage', (message: unknown) => {
    const parsed = engineReply.safeParse(message);
    if (!parsed.success) throw new Error(`the worker sent a reply the panel would refuse: ${JSON.stringify(message)}`);
    fake.replies.push(parsed.data);
  });
  await import('../../../lib/platform/ocr-worker');
  const onmessage = (globalThis as unknown as { onmessage: (e: { data: unknown }) => void }).onmessage;
  fake.send = (data) => onmessage({ data });
  return fake;
}

/** Lets the worker's fetches and start run to their end (a few turns of the event loop). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const load = { type: 'load', core: 'ext:/ocr/core.js', wasm: 'ext:/ocr/core.wasm', prefetch: ['ext:/ocr/lang/eng.traineddata'] };
const init = {
  type: 'init',
  languages: [{ code: 'eng', url: 'ext:/ocr/lang/eng.traineddata' }, { code: 'deu', url: 'ext:/ocr/lang/deu.traineddata' }],
  parameters: { tessedit_pageseg_mode: '11' },
};
/** A 2×1 RGBA picture: a red pixel and a blue one. */
const picture = () => ({ type: 'recognise', width: 2, height: 1, pixels: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]).buffer });

describe('the OCR worker', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('starts with every language the panel names, then hands Tesseract the pixels and answers with its blocks', async () => {
    const worker = await startWorker();
    worker.send(load);
    worker.send(init);
    await settle();
    expect(worker.replies.at(-1)).toEqual({ type: 'ready' });
    expect(worker.written).toEqual(['eng.traineddata', 'deu.traineddata']);
    expect(worker.init).toEqual(['eng+deu']);
    expect(worker.variables).toEqual([['tessedit_pageseg_mode', '11']]);
    expect(worker.replies.filter((r) => r.type === 'progress').map((r) => r.type === 'progress' && r.share).at(-1)).toBe(1);

    worker.send(picture());
    await settle();
    expect(worker.images).toEqual([{ bytes: [255, 0, 0, 255, 0, 0, 255, 255], width: 2, height: 1, bpp: 4, bpl: 8 }]);
    const read = worker.replies.at(-1);
    expect(read).toMatchObject({ type: 'read', blocks: BLOCKS });
    expect(worker.replies).toContainEqual({ type: 'progress', stage: 'reading', share: 0.5 });
  });

  it('fetches English once, at load, before the board’s language is known', async () => {
    const worker = await startWorker();
    worker.send(load);
    expect(worker.fetched).toContain('ext:/ocr/lang/eng.traineddata');
    worker.send(init);
    await settle();
    expect(worker.fetched.filter((u) => u.endsWith('eng.traineddata'))).toHaveLength(1);
    expect(worker.fetched).toContain('ext:/ocr/lang/deu.traineddata');
  });

  it('reads a picture that arrives while the engine is still starting, once it has started', async () => {
    const worker = await startWorker();
    worker.send(load);
    worker.send(picture());
    await settle();
    expect(worker.replies.some((r) => r.type === 'read')).toBe(false);
    worker.send(init);
    await settle();
    expect(worker.replies.map((r) => r.type).filter((t) => t !== 'progress')).toEqual(['ready', 'read']);
  });

  it('says what failed: missing language data, data Tesseract refuses, pixels of the wrong size, a malformed request', async () => {
    const missing = await startWorker(['ext:/ocr/lang/deu.traineddata']);
    missing.send(load);
    missing.send(init);
    await settle();
    expect(missing.replies).toContainEqual({ type: 'failed', detail: 'Language data missing: ext:/ocr/lang/deu.traineddata (404)' });
    expect(missing.replies.some((r) => r.type === 'ready')).toBe(false);

    const refused = await startWorker();
    refused.initStatus = -1;
    refused.send(load);
    refused.send(init);
    await settle();
    expect(refused.replies.at(-1)).toMatchObject({ type: 'failed', detail: expect.stringMatching(/could not start/) });

    const wrongSize = await startWorker();
    wrongSize.send(load);
    wrongSize.send(init);
    wrongSize.send({ ...picture(), width: 3 });
    await settle();
    expect(wrongSize.replies.at(-1)).toEqual({ type: 'failed', detail: 'Expected 3×1 RGBA pixels, got 8 bytes.' });
    expect(wrongSize.images).toEqual([]);

    const malformed = await startWorker();
    malformed.send({ type: 'recognise', width: 2, height: 1, pixels: 'not pixels' });
    malformed.send({ type: 'init', languages: [{ code: '../../etc', url: 'x' }], parameters: {} });
    await settle();
    expect(malformed.replies.map((r) => r.type)).toEqual(['failed', 'failed']);
    expect(malformed.init).toEqual([]);
  });
});
