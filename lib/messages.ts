/**
 * Every message between contexts, as a zod schema, with helpers that validate what arrives.
 * Anything that fails validation is dropped: another context (or a page) cannot make us act on junk.
 */
import { z } from './model/zod';
import { IdSchema } from './model/draft';
import { validOrUndefined } from './valid';

/** Posted on the store's BroadcastChannel after every committed write, so other panels refresh. */
export const StoreChangedSchema = z.object({
  type: z.literal('store/changed'),
  drafts: z.array(z.object({ id: IdSchema, rev: z.number().check(z.int(), z.gte(0)), deleted: z.boolean() })),
  /** Pages whose annotations changed (added, edited, trashed or restored). */
  annotations: z.optional(z.array(z.object({ id: IdSchema, url: z.string().check(z.maxLength(4000)) }))),
});
export type StoreChanged = z.infer<typeof StoreChangedSchema>;

export { STORE_CHANNEL } from './channels';

/** Parses a message that claims to be a store change; `undefined` when it is not a valid one. */
export function parseStoreChanged(data: unknown): StoreChanged | undefined {
  return validOrUndefined(StoreChangedSchema, data);
}

