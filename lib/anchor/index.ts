/** Text anchoring for annotations (DESIGN.md, "Anchoring"): the public API. */
export { anchorAll, describeRange, type AnchorItem, type AnchorResult, type PlacedItem } from './anchor';
export { describe, locate, type Located, type LocateOptions, type MatchMethod, type StoredSelectors } from './match';
export { textIndex, type TextIndex } from './text';
export { collapseWhitespace } from './whitespace';
