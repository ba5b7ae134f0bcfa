import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../lib/i18n/format';
import type { Picture } from '../../lib/model/picture';
import { PictureStore } from '../../lib/store/pictures';
import { useI18n } from '../i18n';
import { useEditorText } from './editor-text';

/**
 * The picture of the board a draft was read from, when the user kept it ("Read this board"): folded away
 * under the draft's source, read once when the draft is opened (autosaves do not touch it).
 */
export function BoardPicture({ id }: { id: string }) {
  const t = useEditorText();
  const { lang } = useI18n();
  const [picture, setPicture] = useState<{ url: string; record: Picture } | undefined>();

  useEffect(() => {
    let live = true;
    let url: string | undefined;
    void (async () => {
      const opened = await PictureStore.open();
      if (!opened.ok) return;
      const result = await opened.value.get(id);
      opened.value.close();
      // An unreadable picture is left out: the draft itself is what the editor is for.
      if (!live || !result.ok || !result.value) return;
      url = URL.createObjectURL(new Blob([result.value.bytes as Uint8Array<ArrayBuffer>], { type: result.value.type }));
      setPicture({ url, record: result.value });
    })();
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);

  if (!picture) return null;
  return (
    <details class="board-picture">
      <summary>{t('picture.summary')}</summary>
      <figure>
        <img src={picture.url} alt={t('picture.alt')} width={picture.record.width} height={picture.record.height} />
        <figcaption class="small muted">{t('picture.taken', { date: formatDate(picture.record.takenAt, lang) })}</figcaption>
      </figure>
    </details>
  );
}
