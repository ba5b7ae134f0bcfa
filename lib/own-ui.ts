/**
 * Our own UI injected into pages (the canvas chip, the reader's adder and card) is not page content:
 * detection, anchoring and the page watcher all skip it by this one mark, set on each UI's host element.
 */
export const OWN_UI_ATTRIBUTE = 'data-crc-ui';

/** Whether `node` is the host of UI we injected (its shadow content is ours too). */
export function isOwnUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE);
}
