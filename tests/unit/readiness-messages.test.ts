/** The messages that say "ready" instead of timers: each is checked on receipt, junk is refused. */
import { describe, expect, it } from 'vitest';
import { DetectorLoaded } from '../../lib/messages-canvas';
import { PanelReport, parsePanelShow } from '../../lib/messages-panel';
import { ReaderMessage, ReaderReady } from '../../lib/messages-reader';

describe('readiness messages', () => {
  it('takes a panel saying it listens, or that it shows a view, and nothing else', () => {
    expect(PanelReport.safeParse({ type: 'panel/ready' }).success).toBe(true);
    expect(PanelReport.safeParse({ type: 'panel/shown', hash: '#/draft/abc' }).success).toBe(true);
    expect(PanelReport.safeParse({ type: 'panel/shown', hash: 'javascript:alert(1)' }).success).toBe(false);
    expect(PanelReport.safeParse({ type: 'panel/show', hash: '#/drafts' }).success).toBe(false);
    expect(parsePanelShow({ type: 'panel/ready' })).toBeUndefined();
  });

  it('takes a reader saying its highlights are placed, which the background does not mistake for a request', () => {
    expect(ReaderReady.safeParse({ type: 'reader/ready', url: 'https://blog.example/post' }).success).toBe(true);
    expect(ReaderReady.safeParse({ type: 'reader/ready', url: 'x'.repeat(4001) }).success).toBe(false);
    expect(ReaderReady.safeParse({ type: 'reader/ready' }).success).toBe(false);
    expect(ReaderMessage.safeParse({ type: 'reader/ready', url: 'https://blog.example/post' }).success).toBe(false);
  });

  it('takes the background saying whether the detector was injected', () => {
    expect(DetectorLoaded.safeParse({ ok: true }).success).toBe(true);
    expect(DetectorLoaded.safeParse({ ok: 'yes' }).success).toBe(false);
    expect(DetectorLoaded.safeParse(undefined).success).toBe(false);
  });
});
