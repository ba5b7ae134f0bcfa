import { describe, expect, it } from 'vitest';
import { pickPageTab } from '../../lib/page-tab';

const PANEL = 'chrome-extension://abc/';
const canvas = { id: 1, url: 'https://app.strategyzer.com/canvas/1', title: 'Canvas', lastAccessed: 200 };
const article = { id: 2, url: 'https://blog.example/post', title: 'Post', lastAccessed: 100 };
const panelTab = { id: 3, url: `${PANEL}sidepanel.html#/canvas`, title: 'Panel', lastAccessed: 300 };

describe('the page the side panel is about', () => {
  it('is the active tab when the panel sits beside it', () => {
    expect(pickPageTab([{ ...canvas, active: false }, { ...article, active: true }], PANEL)).toEqual({ id: 2, url: article.url, title: 'Post' });
  });

  it('is the page used just before, when the panel itself is open as a tab', () => {
    expect(pickPageTab([article, canvas, { ...panelTab, active: true }], PANEL)).toEqual({ id: 1, url: canvas.url, title: 'Canvas' });
  });

  it('is none when the active tab is a browser page, not a web page', () => {
    expect(pickPageTab([canvas, { id: 4, url: 'chrome://settings', active: true }], PANEL)).toBeUndefined();
  });

  it('is none when the panel is the only tab, or the web pages hide their address from us', () => {
    expect(pickPageTab([{ ...panelTab, active: true }], PANEL)).toBeUndefined();
    expect(pickPageTab([{ id: 5, title: 'no access' }, { ...panelTab, active: true }], PANEL)).toBeUndefined();
  });
});
