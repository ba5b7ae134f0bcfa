// Which engine a read of a board uses (components/ocr/ocr-reading.ts): the capture and the engine are stood in
// for, so what is tested is the keeping — a retry after a refused capture waits for the engine already loading
// instead of loading a second one, other languages replace it, and an engine that failed is not used again.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OcrEngine } from '../../../lib/platform/ocr-engine';

const started: { codes: string[]; engine: OcrEngine & { closed: boolean }; settle: (ok: boolean) => void }[] = [];

vi.mock('../../../lib/platform/capture', () => ({
  tabLanguage: async () => 'de',
  captureTab: async () => ({ ok: false, error: 'no-access' }),
}));
vi.mock('../../../lib/platform/ocr-engine', () => ({
  startOcrEngine: (languages: Promise<readonly string[]>) => {
    let settle: (ok: boolean) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => { settle = (ok) => (ok ? resolve() : reject(new Error('no wasm'))); });
    ready.catch(() => undefined);
    const engine = { ready, closed: false, recognise: vi.fn(), close() { engine.closed = true; } };
    void languages.then((codes) => started.push({ codes: [...codes], engine, settle }));
    return engine;
  },
}));

const { readThisBoard } = await import('../../../components/ocr/ocr-reading');
const read = (language?: string) => readThisBoard(7, { language, signal: new AbortController().signal, progress: () => undefined });

describe('the engine a read of a board uses', () => {
  // Each test reads in languages of its own, so the engine a test before it kept is replaced, not reused.
  beforeEach(() => {
    started.length = 0;
  });

  it('waits for the engine still starting when the read is tried again after a refused capture', async () => {
    expect(await read('nl')).toMatchObject({ ok: false, problem: 'no-access' });
    expect(await read('nl')).toMatchObject({ ok: false, problem: 'no-access' });
    expect(started.map((s) => s.codes)).toEqual([['eng', 'nld']]);
    started[0]!.settle(true);
    expect(await read('nl')).toMatchObject({ ok: false, problem: 'no-access' });
    expect(started).toHaveLength(1);
    expect(started[0]!.engine.closed).toBe(false);
  });

  it('replaces the kept engine, closing it, when the board is read in other languages', async () => {
    await read('it');
    await read('pt');
    expect(started.map((s) => s.codes)).toEqual([['eng', 'ita'], ['eng', 'por']]);
    expect(started[0]!.engine.closed).toBe(true);
    expect(started[1]!.engine.closed).toBe(false);
  });

  it('does not use again an engine that failed to start', async () => {
    await read('es');
    started[0]!.settle(false);
    await Promise.resolve();
    expect(started[0]!.engine.closed).toBe(true);
    await read('es');
    expect(started.map((s) => s.codes)).toEqual([['eng', 'spa'], ['eng', 'spa']]);
  });
});
