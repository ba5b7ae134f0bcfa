/**
 * The words of the readable exports (Markdown, printable page, JSON-LD labels) in English, the source of truth.
 * An export is written in the language chosen at export, whatever language the panel speaks.
 */
export default {
  'doc.title': 'Customer Relationships',
  'doc.empty': 'Nothing to show: this export holds no drafts or annotations.',
  'doc.footer': 'Exported {date} from {app} {version}',
  'draft.untitled': 'Untitled draft',
  'draft.summary': 'Summary:',
  'draft.canvas': 'Canvas:',
  'draft.noSegments': 'No customer segments yet.',
  'draft.comments': 'Review comments',
  'comment.on': 'on',
  'comment.resolved': ', resolved',
  'segment.unnamed': 'Unnamed segment',
  'segment.types': 'Relationship types',
  'segment.notes': 'Notes',
  'segment.evidence': 'Evidence',
  'tactic.empty': 'empty',
  'tactic.via': 'via {channel}',
  'tactic.measured': 'measured by {metric}',
  'annotations.title': 'Annotations',
  'phase.get': 'Get',
  'phase.keep': 'Keep',
  'phase.grow': 'Grow',
  'target.draft': 'The whole draft',
  'target.segment': 'Segment “{name}”',
  'target.unnamed': 'unnamed',
  'target.removedSegment': 'a removed segment ({id})',
  'target.emptyTactic': 'empty tactic',
  'target.removedTactic': 'a removed tactic',
} as const;
