/** Names of the BroadcastChannels between the extension's own pages (kept apart from their zod schemas). */
export const STORE_CHANNEL = 'crc-store';
export const PANEL_CHANNEL = 'crc-panel';
