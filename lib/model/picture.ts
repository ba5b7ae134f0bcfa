import { IdSchema } from './draft';
import { z } from './zod';

/** A capture larger than this is not kept (a 4K screen's PNG is a few MB; this bounds a broken one). */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

/**
 * The picture of a board that "Read this board" read, kept with the draft made from it when the user asks:
 * one per draft (the latest read replaces it), stored apart from the draft so its history does not copy it,
 * trashed, restored and deleted with the draft. The image is the capture's PNG, as bytes.
 */
export const PictureSchema = z.object({
  draftId: IdSchema,
  bytes: z.instanceof(Uint8Array).check(z.refine((b) => b.byteLength > 0 && b.byteLength <= MAX_PICTURE_BYTES, 'expected a picture of at most 20 MB')),
  type: z.literal('image/png'),
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
  /** The board's page, and when it was read. */
  url: z.string().check(z.maxLength(4096)),
  takenAt: z.iso.datetime({ offset: true }),
});
export type Picture = z.infer<typeof PictureSchema>;
