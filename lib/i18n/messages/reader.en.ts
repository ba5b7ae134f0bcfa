/**
 * The reader's words in articles (the adder beside a selection, the card of a clicked highlight), in English,
 * the source of truth and the only language the injected reader carries: the background sends the others.
 */
export default {
  'adder.label': 'Annotate the selection',
  'adder.highlight': 'Highlight',
  'adder.annotate': 'Annotate',
  'adder.saving': 'Saving…',
  'card.label': 'Annotation',
  'card.edit': 'Edit in side panel',
  'card.close': 'Close',
  'save.noSelection': 'Select some text first.',
  'save.tooLong': 'This passage is {length} characters long; an annotation holds up to {max}. Select a shorter passage.',
  'save.noAnswer': 'The extension did not answer; reload the page and try again.',
  'save.opened': 'Saved: add tags and a note in the side panel.',
  'save.highlighted': 'Highlighted.',
  'phase.get': 'Get',
  'phase.keep': 'Keep',
  'phase.grow': 'Grow',
} as const;
