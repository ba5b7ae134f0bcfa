// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../lib/detect/watch';
import { OWN_UI_ATTRIBUTE } from '../../../lib/own-ui';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const tick = () => new Promise((r) => queueMicrotask(() => r(undefined)));

describe('watching the page for changes', () => {
  it('scans once after a burst of changes', async () => {
    vi.useFakeTimers();
    const scan = vi.fn();
    const stop = watchPage(document, scan, { debounceMs: 300 });
    for (let i = 0; i < 20; i++) {
      document.body.append(document.createElement('div'));
      await tick();
      vi.advanceTimersByTime(10);
    }
    expect(scan).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(scan).toHaveBeenCalledTimes(1);
    stop();
  });

  it('still scans during an endless storm, at most every few seconds', async () => {
    vi.useFakeTimers();
    const scan = vi.fn();
    const stop = watchPage(document, scan, { debounceMs: 300, maxWaitMs: 1000 });
    for (let i = 0; i < 300; i++) {
      document.body.append(document.createElement('p'));
      await tick();
      vi.advanceTimersByTime(10);
    }
    expect(scan.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(scan.mock.calls.length).toBeLessThanOrEqual(4);
    stop();
  });

  it('ignores changes inside its own UI', async () => {
    vi.useFakeTimers();
    const scan = vi.fn();
    const ours = document.createElement('crc-chip');
    ours.setAttribute(OWN_UI_ATTRIBUTE, '');
    document.body.append(ours);
    await tick();
    const stop = watchPage(document, scan, { debounceMs: 50 });
    ours.append(document.createElement('span'));
    await tick();
    vi.advanceTimersByTime(100);
    expect(scan).not.toHaveBeenCalled();
    stop();
  });

  it('keeps watching after a scan throws, without throwing into the page', async () => {
    vi.useFakeTimers();
    const scan = vi.fn(() => {
      throw new Error('boom');
    });
    const stop = watchPage(document, scan, { debounceMs: 10 });
    document.body.append(document.createElement('div'));
    await tick();
    expect(() => vi.advanceTimersByTime(20)).not.toThrow();
    document.body.append(document.createElement('div'));
    await tick();
    vi.advanceTimersByTime(20);
    expect(scan).toHaveBeenCalledTimes(2);
    stop();
  });
});
