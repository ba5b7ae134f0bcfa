import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_HOSTS, buildManifest } from '../../lib/manifest';
import { CANVAS_MATCHES } from '../../lib/sites';
import { ANNOTATE_COMMAND, CANVAS_SCRIPT, DETECTOR_SCRIPT, READER_SCRIPT, READER_STYLES } from '../../lib/bundle';
import { ROOT } from '../support/files';

describe('manifest', () => {
  it('asks at install for host access to the reviewed canvas tools only, never all sites', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = buildManifest({ browser, e2e: false });
      expect(m.host_permissions).toEqual(CANVAS_MATCHES);
      expect(JSON.stringify(m.host_permissions)).not.toMatch(/<all_urls>|:\/\/\*\/|localhost|127\.0\.0\.1/);
    }
  });

  it('asks for other sites only as optional permissions, requested one origin at a time', () => {
    const m = buildManifest({ browser: 'chrome', e2e: false }) as { permissions: string[]; optional_host_permissions: string[] };
    expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    expect(m.permissions).not.toContain('tabs');
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('lets students start the reader from the right-click menu or a shortcut, with no new host access', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = buildManifest({ browser, e2e: false }) as { permissions: string[]; commands: Record<string, { suggested_key: { default: string } }> };
      expect(m.permissions).toContain('contextMenus');
      // The background listens for ANNOTATE_COMMAND: the manifest must declare exactly that command.
      expect(Object.keys(m.commands)).toEqual([ANNOTATE_COMMAND]);
      expect(m.commands[ANNOTATE_COMMAND]?.suggested_key.default).toBe('Alt+Shift+H');
      expect(m.permissions).not.toContain('storage');
    }
  });

  it('adds the local test hosts only to the e2e build', () => {
    expect(buildManifest({ browser: 'chrome', e2e: true }).host_permissions).toEqual([...CANVAS_MATCHES, ...E2E_HOSTS]);
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

  it('injects files the build really makes: each script path names an entrypoint, the styles a public file', () => {
    // WXT names an unlisted script `/<name>.js` and a content script `/content-scripts/<name>.js`.
    expect(existsSync(join(ROOT, 'entrypoints', READER_SCRIPT.replace(/^\/(.*)\.js$/, '$1.ts')))).toBe(true);
    expect(existsSync(join(ROOT, 'entrypoints', DETECTOR_SCRIPT.replace(/^\/(.*)\.js$/, '$1.ts')))).toBe(true);
    expect(existsSync(join(ROOT, 'entrypoints', CANVAS_SCRIPT.replace(/^\/content-scripts\/(.*)\.js$/, '$1.content.ts')))).toBe(true);
    expect(existsSync(join(ROOT, 'public', READER_STYLES))).toBe(true);
  });

  it('lets extension pages run WebAssembly (the board reader) with no remote script and no new permission', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = buildManifest({ browser, e2e: false }) as { content_security_policy: { extension_pages: string }; permissions: string[] };
      expect(m.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
      expect(m.permissions).not.toContain('tabs');
      expect(m.permissions).not.toContain('<all_urls>');
    }
  });
});
