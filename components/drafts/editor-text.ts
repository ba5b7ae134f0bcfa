/**
 * The editor's messages (editor, segments, comments, history, save status): a file apart from the drafts
 * area's, so the list and the pickers other areas borrow never carry the editor's words.
 */
import { useMemo } from 'preact/hooks';
import editorEnglish from '../../lib/i18n/messages/editor.en';
import type { PlaceWords } from '../../lib/model/place';
import { createAreaText } from '../area-text';
import { useI18n } from '../i18n';

export const { AreaText: EditorText, useText: useEditorText } = createAreaText<'editor'>(editorEnglish, {
  de: () => import('../../lib/i18n/messages/editor.de'),
  fr: () => import('../../lib/i18n/messages/editor.fr'),
  es: () => import('../../lib/i18n/messages/editor.es'),
  pt: () => import('../../lib/i18n/messages/editor.pt'),
  it: () => import('../../lib/i18n/messages/editor.it'),
  nl: () => import('../../lib/i18n/messages/editor.nl'),
});

/** Places in a draft (conflicts, history) named in the panel's language, types and phases included. */
export function usePlaceWords(): PlaceWords {
  const t = useEditorText();
  const { t: core, typeById } = useI18n();
  return useMemo(() => ({ t, typeName: (id) => typeById(id)?.name ?? id, phaseName: (phase) => core(`phase.${phase}`) }), [t, core, typeById]);
}
