/**
 * Boards built from one card template, in any language the detector knows: the block titles come from the
 * vocabularies, so the same story runs in every language.
 */
import type { BlockId } from '../../../lib/catalogue/ids';
import { BLOCKS, VOCABULARIES } from '../../../lib/detect/labels';

export const LANGUAGES = VOCABULARIES.map((v) => v.language);

/** The first (usual) title of a block in a language. */
export function title(language: string, block: BlockId): string {
  const vocabulary = VOCABULARIES.find((v) => v.language === language);
  if (!vocabulary) throw new Error(`no vocabulary for ${language}`);
  return vocabulary.labels[block][0]!;
}

/**
 * A page with one card per block, drawn by `card(title, notesHtml, block)`; `notes` are each block's notes as
 * HTML (the Customer Relationships block's are what the tests read back).
 */
export function boardOf(
  language: string,
  card: (title: string, notes: string, block: BlockId) => string,
  notes: Partial<Record<BlockId, string>> = {},
  options: { blocks?: readonly BlockId[]; before?: string; after?: string } = {},
): string {
  const cards = (options.blocks ?? BLOCKS).map((block) => card(title(language, block), notes[block] ?? '', block)).join('\n');
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Board</title></head><body>${options.before ?? ''}<main class="board">${cards}</main>${options.after ?? ''}</body></html>`;
}
