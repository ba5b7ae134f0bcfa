// Renders scripts/icon.svg to the PNG sizes the manifests use (public/icon/). Run by hand after changing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './chromium.mjs';

const dir = join(import.meta.dirname, '..', 'public', 'icon');
const svg = readFileSync(join(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: join(dir, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to', dir);
