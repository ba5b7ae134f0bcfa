import { describe, expect, it } from 'vitest';
import { CANVAS_MATCHES, isReviewedSite, matchesPattern, originPattern } from '../../../lib/sites';

describe('canvas sites', () => {
  it('runs on the reviewed canvas tools only', () => {
    expect(isReviewedSite('https://app.strategyzer.com/projects/1/canvas')).toBe(true);
    expect(isReviewedSite('https://team.notion.site/Canvas-123')).toBe(true);
    expect(isReviewedSite('https://acme.atlassian.net/wiki/spaces/X/pages/1')).toBe(true);
    expect(isReviewedSite('https://acme.atlassian.net/jira/board')).toBe(false);
    expect(isReviewedSite('https://example.com/canvas')).toBe(false);
    expect(isReviewedSite('https://notstrategyzer.com/')).toBe(false);
  });

  it('never matches every site', () => {
    expect(CANVAS_MATCHES.some((m) => m.includes('<all_urls>') || /^https?:\/\/\*\//.test(m))).toBe(false);
  });

  it('turns a page into the pattern for its origin, and refuses non-web pages', () => {
    expect(originPattern('https://board.example.org:8443/a/b?c=1')).toBe('https://board.example.org:8443/*');
    expect(originPattern('chrome://extensions')).toBeUndefined();
    expect(originPattern('not a url')).toBeUndefined();
  });

  it('matches patterns by scheme, host and path', () => {
    expect(matchesPattern('https://*.example.com/*', 'https://example.com/x')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://a.b.example.com/x')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'http://a.example.com/x')).toBe(false);
    expect(matchesPattern('https://x.com/wiki/*', 'https://x.com/other')).toBe(false);
  });
});
