/**
 * The OCR worker: Tesseract (tesseract.js-core's wasm build) run in a dedicated worker of the side panel, never
 * in a web page. Our own small driver instead of tesseract.js's worker, for two reasons a user notices:
 * - a read starts sooner: the wasm compiles while the core's script loads and while the language data is
 *   fetched, where tesseract.js does these one after the other;
 * - the picture goes to Tesseract as the RGBA pixels the panel already has, where tesseract.js encodes it as
 *   a PNG on the panel's thread for the wasm to decode again.
 * Requests and replies are in lib/ocr/engine-messages.ts; every request is checked before it is acted on.
 */
import { engineRequest, type EngineReply, type EngineRequest } from '../ocr/engine-messages';

/** The few parts of tesseract.js-core's Emscripten module this driver uses. */
interface TessApi {
  Init(datapath: null, languages: string, oem: number): number;
  SetVariable(name: string, value: string): boolean;
  SetImage(pixels: number, width: number, height: number, bytesPerPixel: number, bytesPerLine: number): void;
  Recognize(monitor: null): number;
  GetJSONText(): string;
  Clear(): void;
}
interface TessModule {
  FS: { writeFile(path: string, data: Uint8Array): void };
  TessBaseAPI: new () => TessApi;
  OEM_LSTM_ONLY: number;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
}
type CoreFactory = (module: {
  instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): object;
  TesseractProgress(percent: number): void;
}) => Promise<TessModule>;

/** What the worker sends; the panel checks it against `engineReply` (a read's blocks come straight from Tesseract). */
type Reply = Exclude<EngineReply, { type: 'read' }> | { type: 'read'; blocks: unknown; ms: number };
interface WorkerScope {
  postMessage(message: Reply): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  importScripts(url: string): void;
  TesseractCore?: CoreFactory;
}
const scope = globalThis as unknown as WorkerScope;
const reply = (message: Reply) => scope.postMessage(message);

let core: Promise<TessModule> | undefined;
/** The wasm module's memory, where the picture's pixels are copied for Tesseract. */
let memory: WebAssembly.Memory | undefined;
type Engine = { module: TessModule; api: TessApi };
/** The started engine, once "init" arrives; a picture that comes first waits for it. */
let startWith: ((engine: Promise<Engine>) => void) | undefined;
const engine = new Promise<Engine>((resolve) => { startWith = resolve; });
engine.catch(() => undefined); // a failed start is reported when it happens
/** Tesseract's progress callback fires during recognition only; silent before the first read. */
let reading = false;

/** Compiles the wasm while the core's script loads, then builds the module on that compiled wasm. */
function loadCore(coreUrl: string, wasmUrl: string): Promise<TessModule> {
  const compiled = WebAssembly.compileStreaming(fetch(wasmUrl));
  compiled.catch(() => undefined); // reported where the factory awaits it
  scope.importScripts(coreUrl);
  const factory = scope.TesseractCore;
  if (!factory) return Promise.reject(new Error('The OCR engine did not load.'));
  return factory({
    // Emscripten's hook for bringing our own instance: the memory export is how the pixels get in.
    instantiateWasm(imports, done) {
      compiled
        .then((wasm) => WebAssembly.instantiate(wasm, imports).then((instance) => {
          memory = Object.values(instance.exports).find((e): e is WebAssembly.Memory => e instanceof WebAssembly.Memory);
          done(instance, wasm);
        }))
        .catch((error: unknown) => reply({ type: 'failed', detail: String(error) }));
      return {};
    },
    TesseractProgress(percent) {
      // Tesseract counts its own layout work in the first 30 %.
      if (reading) reply({ type: 'progress', stage: 'reading', share: Math.min(1, Math.max(0, (percent - 30) / 70)) });
    },
  });
}

/** Language data by URL, each fetched once: English is asked for before the board's language is known. */
const data = new Map<string, Promise<Uint8Array>>();
function fetchData(url: string): Promise<Uint8Array> {
  let fetching = data.get(url);
  if (!fetching) {
    fetching = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`Language data missing: ${url} (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    });
    fetching.catch(() => undefined); // reported when the engine starts with it
    data.set(url, fetching);
  }
  return fetching;
}

async function start(request: Extract<EngineRequest, { type: 'init' }>, coreLoading: Promise<TessModule>) {
  let done = 0;
  const steps = request.languages.length + 1;
  const step = () => reply({ type: 'progress', stage: 'loading', share: ++done / steps });
  // Every language's data comes while the wasm compiles: none waits for another, nor for the engine.
  const loading = request.languages.map(({ url }) => fetchData(url).then((bytes) => (step(), bytes)));
  const module = await coreLoading;
  step();
  const files = await Promise.all(loading);
  request.languages.forEach(({ code }, i) => module.FS.writeFile(`${code}.traineddata`, files[i]!));
  const api = new module.TessBaseAPI();
  if (api.Init(null, request.languages.map((l) => l.code).join('+'), module.OEM_LSTM_ONLY) !== 0) {
    throw new Error('Tesseract could not start with this language data.');
  }
  for (const [name, value] of Object.entries(request.parameters)) api.SetVariable(name, value);
  return { module, api };
}

/** Tesseract's reading of the pixels: its JSON blocks and the time its own work took. */
function recognise({ module, api }: Engine, { width, height, pixels }: Extract<EngineRequest, { type: 'recognise' }>) {
  if (!memory) throw new Error('The OCR engine has no memory to read from.');
  if (pixels.byteLength !== width * height * 4) throw new Error(`Expected ${width}×${height} RGBA pixels, got ${pixels.byteLength} bytes.`);
  const started = performance.now();
  const pointer = module._malloc(pixels.byteLength);
  if (!pointer) throw new Error('The picture is too large for the OCR engine.');
  try {
    // A view made after _malloc: the allocation may have grown (and replaced) the memory's buffer.
    new Uint8Array(memory.buffer, pointer, pixels.byteLength).set(new Uint8Array(pixels));
    api.SetImage(pointer, width, height, 4, width * 4); // Tesseract copies the pixels into its own image
  } finally {
    module._free(pointer);
  }
  reading = true;
  try {
    if (api.Recognize(null) !== 0) throw new Error('Tesseract could not read this picture.');
    const blocks = (JSON.parse(api.GetJSONText()) as { blocks?: unknown }).blocks ?? [];
    return { blocks, ms: performance.now() - started };
  } finally {
    reading = false;
    api.Clear(); // frees the picture and its results; the models stay loaded for the next read
  }
}

scope.onmessage = (event) => {
  const parsed = engineRequest.safeParse(event.data);
  if (!parsed.success) return reply({ type: 'failed', detail: `Unexpected request: ${parsed.error.issues[0]?.message ?? ''}` });
  const request = parsed.data;
  const fail = (error: unknown) => reply({ type: 'failed', detail: error instanceof Error ? error.message : String(error) });
  try {
    if (request.type === 'load') {
      request.prefetch.forEach(fetchData);
      core ??= loadCore(request.core, request.wasm);
      core.catch(fail);
    } else if (request.type === 'init') {
      if (!core || !startWith) throw new Error('The OCR engine was asked to start before it was loaded, or twice.');
      const starting = start(request, core);
      startWith(starting);
      startWith = undefined;
      starting.then(() => reply({ type: 'ready' }), fail);
    } else {
      // A picture sent while the engine is still starting waits for it.
      engine.then((e) => reply({ type: 'read', ...recognise(e, request) })).catch(fail);
    }
  } catch (error) {
    fail(error);
  }
};
