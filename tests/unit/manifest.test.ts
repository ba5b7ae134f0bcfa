import { describe, expect, it } from 'vitest';
import { E2E_HOSTS, buildManifest } from '../../lib/manifest';

describe('manifest', () => {
  it('asks for no host access at install in production builds', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = buildManifest({ browser, e2e: false });
      expect(m.host_permissions).toBeUndefined();
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
    }
  });

  it('adds the local test hosts only to the e2e build', () => {
    expect(buildManifest({ browser: 'chrome', e2e: true }).host_permissions).toEqual(E2E_HOSTS);
  });

  it('gives Firefox a sidebar and declares that no data is collected', () => {
    const m = buildManifest({ browser: 'firefox', e2e: false }) as {
      sidebar_action: { default_panel: string };
      browser_specific_settings: { gecko: { data_collection_permissions: { required: string[] } } };
      permissions: string[];
    };
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    expect(m.permissions).not.toContain('sidePanel');
  });

  it('gives Chrome the side panel permission', () => {
    expect(buildManifest({ browser: 'chrome', e2e: false }).permissions).toContain('sidePanel');
  });
});
