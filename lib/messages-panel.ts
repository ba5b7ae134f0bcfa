/**
 * Background → open side panels: "show this view" (e.g. the draft just made from a canvas). Validated with
 * zod's small build, since the panel's first view loads it and stays small.
 */
import * as z from 'zod/mini';

export { PANEL_CHANNEL } from './channels';

export const PanelShow = z.object({ type: z.literal('panel/show'), hash: z.string().check(z.regex(/^#\/[A-Za-z0-9/_,-]*$/)) });
export type PanelShow = z.infer<typeof PanelShow>;

export function parsePanelShow(data: unknown): PanelShow | undefined {
  const parsed = PanelShow.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
