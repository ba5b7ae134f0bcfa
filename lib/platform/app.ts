import { browser } from 'wxt/browser';

/** This extension's name and version, as exports record them. */
export function appInfo(): { name: string; version: string } {
  const manifest = browser.runtime.getManifest();
  return { name: manifest.name, version: manifest.version };
}
