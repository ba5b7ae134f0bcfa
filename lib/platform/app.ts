import { browser } from 'wxt/browser';
import { EXTENSION_NAME } from '../manifest';

/** This extension's name and version, as exports record them. */
export function appInfo(): { name: string; version: string } {
  const manifest = browser.runtime.getManifest();
  // The manifest's name is a __MSG_ placeholder now; exports record the product's one English name.
  return { name: EXTENSION_NAME, version: manifest.version };
}
