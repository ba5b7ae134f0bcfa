import { IdSchema } from './draft';
import { z } from './zod';

/** A capture larger than this is not kept (a 4K screen's PNG is a few MB; this bounds a broken one). */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

/**
 * The picture of a board that "Read this board" read, kept with the draft made from it when the user asks:
 * one per draft (a later read kept with it replaces it), stored apart from the draft so its history does not copy it,
 * trashed, restored and deleted with the draft. The image is the capture's PNG, as bytes.
 */
const pictureFields = {
  /** The capture's PNG; its size is checked where it is kept (`MAX_PICTURE_BYTES`). */
  bytes: z.instanceof(Uint8Array),
  type: z.literal('image/png'),
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
  /** The board's page, and when it was read. */
  url: z.string().check(z.maxLength(4096)),
  takenAt: z.iso.datetime({ offset: true }),
};
export const NewPictureSchema = z.object(pictureFields);
/** A picture to keep, before it belongs to a draft. */
export type NewPicture = z.infer<typeof NewPictureSchema>;

/** A picture as stored: keyed by its draft. */
export const PictureSchema = z.object({ ...pictureFields, draftId: IdSchema });
export type Picture = z.infer<typeof PictureSchema>;
