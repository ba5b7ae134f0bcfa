import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManifest } from './lib/manifest';
// @ts-expect-error -- a plain Node script shared with check-size and the bench; it has no type declarations.
import { ocrAssets } from './scripts/ocr-assets.mjs';

// Browser differences are decided here and in lib/manifest.ts, not scattered through the code.
export default defineConfig({
  imports: false,
  // Firefox too: MV3 everywhere (WXT would build MV2 for Firefox by default).
  manifestVersion: 3,
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: (env) => ({
    // The e2e build is the production build plus test hosts: no Preact devtools hooks in it, so the bench
    // times the code users get. Only `wxt` (development) keeps them.
    plugins: [preact({ devToolsEnabled: env.mode === 'development' })],
    build: { target: 'es2022' },
  }),
  // The sources zip is what Firefox reviewers rebuild from: project files only.
  zip: { excludeSources: ['demo-output/**', 'web-ext-artifacts/**'] },
  manifest: ({ browser, mode }) => buildManifest({ browser, e2e: mode === 'e2e' }),
  hooks: {
    // "Read this board": the OCR engine ships inside the extension, copied from node_modules at build time.
    'build:publicAssets': (_wxt, files) => {
      files.push(...(ocrAssets() as { absoluteSrc: string; relativeDest: string }[]));
    },
  },
});
