/**
 * The parts of manifest.json we decide ourselves, per browser and build flavour.
 * Pure so that tests can check the permission set without building.
 */
export interface ManifestInput {
  browser: string;
  /** The e2e build adds localhost hosts so tests can serve pages locally; production never does. */
  e2e: boolean;
}

import { CANVAS_MATCHES } from './sites';
import { ANNOTATE_COMMAND, ANNOTATE_SHORTCUT, CANVAS_SCRIPT } from './bundle';

export const EXTENSION_NAME = 'Customer Relationships Companion';
export const FIREFOX_ID = 'customer-relationships-companion@crc.example';
export const E2E_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

export function buildManifest({ browser, e2e }: ManifestInput): Record<string, unknown> {
  const firefox = browser === 'firefox';
  const manifest: Record<string, unknown> = {
    // Names and descriptions in the browser's language, from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read the current tab's page only after the user invokes the extension
    // (toolbar, right-click menu or shortcut); contextMenus: "Annotate selection";
    // optional hosts: "Use on this site" asks for one origin at a time, never all sites at install.
    permissions: firefox ? ['activeTab', 'scripting', 'contextMenus'] : ['sidePanel', 'activeTab', 'scripting', 'contextMenus'],
    commands: {
      [ANNOTATE_COMMAND]: { suggested_key: { default: ANNOTATE_SHORTCUT }, description: '__MSG_commandAnnotate__' },
    },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // "Read this board" runs the OCR engine's WebAssembly in a worker of the side panel; pages' content
    // scripts never get wasm. Everything else stays MV3's default.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
  };
  // The reviewed canvas tools: the canvas script runs there and may load the detector into their pages.
  manifest.host_permissions = [...CANVAS_MATCHES, ...(e2e ? E2E_HOSTS : [])];
  // The canvas script is listed here rather than in its entrypoint's options, which would be bundled into it.
  // The e2e build runs it on the local test hosts too.
  manifest.content_scripts = [{ matches: [...CANVAS_MATCHES, ...(e2e ? E2E_HOSTS : [])], js: [CANVAS_SCRIPT.slice(1)], run_at: 'document_idle' }];
  if (firefox) {
    manifest.sidebar_action = {
      default_panel: 'sidepanel.html',
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
      open_at_install: false,
    };
    manifest.browser_specific_settings = {
      gecko: {
        id: FIREFOX_ID,
        // 140 is the first Firefox to read data_collection_permissions.
        strict_min_version: '140.0',
        // Nothing leaves the browser: the extension collects no data at all.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}
