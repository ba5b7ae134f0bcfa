/** Limits of annotations, kept free of zod so the reader script (injected into pages) can use them cheaply. */

/** Characters of context kept before and after a quote (DESIGN.md: 32). */
export const CONTEXT_LENGTH = 32;
/** The longest passage one annotation holds; longer selections are refused with this limit in the message. */
export const MAX_QUOTE_LENGTH = 5_000;
