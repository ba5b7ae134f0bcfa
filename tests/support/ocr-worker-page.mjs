// Reading a picture with the extension's OCR worker (lib/platform/ocr-worker.ts) from inside a page, as the
// panel does — for scripts and tests that drive the worker without the panel: `page.evaluate(readWithWorker,
// options)` in Playwright or Puppeteer. The function is sent to the page as text, so it uses nothing from here.

/**
 * Options: `worker` (the worker script's URL), `base` (URL of the engine's /ocr/ folder), `codes` (Tesseract
 * language codes), `parameters` (Tesseract settings), `png` (the picture, base64), `scale` and `quality` (how
 * the panel enlarges it). Resolves to `{ width, height, blocks, ms }`: the picture's size, Tesseract's blocks
 * in enlarged pixels and the engine's own time.
 */
export async function readWithWorker({ worker: workerUrl, base, codes, parameters, png, scale, quality }) {
  const worker = new Worker(workerUrl);
  const answer = (type) => new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === type) resolve(data);
      else if (data.type === 'failed') reject(new Error(data.detail));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the OCR worker failed to start'));
  });
  try {
    worker.postMessage({ type: 'load', core: `${base}/tesseract-core-simd-lstm.js`, wasm: `${base}/tesseract-core-simd-lstm.wasm`, prefetch: [] });
    const ready = answer('ready');
    worker.postMessage({ type: 'init', languages: codes.map((code) => ({ code, url: `${base}/lang/${code}.traineddata` })), parameters });
    await ready;
    const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width * scale, bitmap.height * scale);
    const context = canvas.getContext('2d');
    context.imageSmoothingQuality = quality;
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const read = answer('read');
    worker.postMessage({ type: 'recognise', width: canvas.width, height: canvas.height, pixels: image.data.buffer }, [image.data.buffer]);
    const { blocks, ms } = await read;
    return { width: bitmap.width, height: bitmap.height, blocks, ms };
  } finally {
    worker.terminate();
  }
}
