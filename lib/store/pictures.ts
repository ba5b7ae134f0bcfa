/**
 * Pictures of boards kept with the drafts read from them (lib/model/picture.ts): written in the draft's own
 * transaction through `DraftStore`'s `also` (see `keepPicture`), read here. Trashing, restoring and emptying
 * the trash are the drafts' own (`DraftStore.emptyTrash` deletes a draft's picture with it).
 */
import { MAX_PICTURE_BYTES, NewPictureSchema, PictureSchema, type NewPicture, type Picture } from '../model/picture';
import { openStore, StoreConnection, type StoreOptions } from './connection';
import type { AlsoWrite } from './drafts';
import { fail, ok, type Result } from './errors';
import { problemsOf } from './records';
import { inRead, invalidError, validRecord } from './transaction';

/**
 * The write that keeps `picture` with the draft being written, for `DraftStore.create` or `modify`: checked
 * here, before any transaction opens, so a broken picture is refused with its problems and nothing is written.
 */
export function keepPicture(picture: NewPicture): Result<AlsoWrite> {
  const parsed = NewPictureSchema.safeParse(picture);
  const problems = parsed.success ? sizeProblems(parsed.data.bytes) : problemsOf(parsed.error, 'picture');
  if (!parsed.success || problems.length) return fail(invalidError(problems));
  return ok((tx, draft) => [tx.objectStore('pictures').put({ ...parsed.data, draftId: draft.id })]);
}

function sizeProblems(bytes: Uint8Array): string[] {
  if (bytes.byteLength === 0) return ['picture.bytes: the picture is empty'];
  return bytes.byteLength > MAX_PICTURE_BYTES ? [`picture.bytes: the picture is larger than ${MAX_PICTURE_BYTES / 1024 / 1024} MB`] : [];
}

export class PictureStore extends StoreConnection {
  static open(options: StoreOptions = {}): Promise<Result<PictureStore>> {
    return openStore(options, (db, now) => new PictureStore(db, now));
  }

  /** The picture kept with a draft, or undefined when it has none. */
  async get(draftId: string): Promise<Result<Picture | undefined>> {
    return inRead(async () => {
      const record = await this.db.get('pictures', draftId);
      return record === undefined ? undefined : validRecord(PictureSchema, record, 'picture');
    });
  }
}
