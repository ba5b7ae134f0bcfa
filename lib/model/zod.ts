/**
 * zod's small build (`zod/mini`) with its English messages loaded: every schema whose problems people read
 * imports `z` from here. The small build loads no locale, so on its own every problem would say only
 * "Invalid input"; the messages cost about 1 KB gzip, the full build (`zod`) about 17 KB more.
 * Content-script messages (lib/messages-canvas.ts, lib/messages-reader.ts) import `zod/mini` directly: their
 * problems are never shown, and the locale would count against the content scripts' size.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// Global to zod and read when a parse fails, so loading this module before any parse is enough.
z.config(en());

export { z };
