/**
 * The parts of manifest.json we decide ourselves, per browser and build flavour.
 * Pure so that tests can check the permission set without building.
 */
export interface ManifestInput {
  browser: string;
  /** The e2e build adds localhost hosts so tests can serve pages locally; production never does. */
  e2e: boolean;
}

export const EXTENSION_NAME = 'Customer Relationships Companion';
export const FIREFOX_ID = 'customer-relationships-companion@crc.example';
export const E2E_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

export function buildManifest({ browser, e2e }: ManifestInput): Record<string, unknown> {
  const firefox = browser === 'firefox';
  const manifest: Record<string, unknown> = {
    name: EXTENSION_NAME,
    short_name: 'CR Companion',
    description:
      'Understand, choose and improve the Customer Relationships block of your Business Model Canvas.',
    permissions: firefox ? [] : ['sidePanel'],
    action: { default_title: 'Open Customer Relationships Companion' },
  };
  if (e2e) manifest.host_permissions = [...E2E_HOSTS];
  if (firefox) {
    manifest.sidebar_action = {
      default_panel: 'sidepanel.html',
      default_title: EXTENSION_NAME,
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
