/**
 * The drafts area's messages (list, trash, draft and segment pickers, store problems): English bundled with
 * the area, another language's file loaded with it. The editor's words are in ./editor-text.
 */
import english from '../../lib/i18n/messages/drafts.en';
import { createAreaText } from '../area-text';
import { DRAFTS_MESSAGES } from './drafts-messages';

export const { AreaText: DraftsText, useText: useDraftsText } = createAreaText<'drafts'>(english, DRAFTS_MESSAGES);
