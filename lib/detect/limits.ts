/** How many notes of a block are read, and how long each may be: the detector and the messages share them. */
export const MAX_NOTES = 500;
export const MAX_NOTE_LENGTH = 5000;
