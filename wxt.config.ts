import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildManifest } from './lib/manifest';

// Browser differences are decided here and in lib/manifest.ts, not scattered through the code.
export default defineConfig({
  imports: false,
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, mode }) => buildManifest({ browser, e2e: mode === 'e2e' }),
});
