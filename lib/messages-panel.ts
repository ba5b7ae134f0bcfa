/**
 * The side panels and the background, over a BroadcastChannel: the background asks open panels to show a view
 * (e.g. the draft just made from a canvas); a panel says when it starts listening and when it shows a view.
 * Validated with zod's small build, since the panel's first view loads it and stays small.
 */
import * as z from 'zod/mini';
import { validOrUndefined } from './valid';

export { PANEL_CHANNEL } from './channels';

export const PanelShow = z.object({ type: z.literal('panel/show'), hash: z.string().check(z.regex(/^#\/[A-Za-z0-9/_,-]*$/)) });
export type PanelShow = z.infer<typeof PanelShow>;

/** Panel → background: "I am listening now" (a panel just opened may have missed a `panel/show`). */
export const PanelReady = z.object({ type: z.literal('panel/ready') });
/** Panel → background: "I show this view now", so the background stops offering it to panels that open later. */
export const PanelShown = z.object({ type: z.literal('panel/shown'), hash: PanelShow.shape.hash });
export const PanelReport = z.discriminatedUnion('type', [PanelReady, PanelShown]);
export type PanelReport = z.infer<typeof PanelReport>;

export function parsePanelShow(data: unknown): PanelShow | undefined {
  return validOrUndefined(PanelShow, data);
}
