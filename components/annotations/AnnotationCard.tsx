import { PHASE_NAMES } from '../../lib/catalogue/ids';
import { typeById } from '../../lib/catalogue';
import type { Annotation } from '../../lib/model/annotation';
import { routeHash } from '../sidepanel/route';


/** One annotation as lists show it: the passage, its tags and note, and what can be done with it. */
export function AnnotationCard({ annotation: a, placement, onGoTo, onTrash }: {
  annotation: Annotation;
  /** Whether the reader placed it on the open page: undefined when the page's reader is not running. */
  placement?: 'placed' | 'orphan' | undefined;
  onGoTo(a: Annotation): void;
  onTrash(a: Annotation): void;
}) {
  const tags = [...(a.phase ? [PHASE_NAMES[a.phase]] : []), ...a.types.map((t) => typeById(t)?.name ?? t), ...a.tags];
  const excerpt = a.quote.exact.length > 60 ? `${a.quote.exact.slice(0, 60)}…` : a.quote.exact;
  return (
    <li class={`annotation-card${a.phase ? ` phase-${a.phase}` : ''}`}>
      <blockquote>{a.quote.exact}</blockquote>
      {placement === 'orphan' && <p class="small warning-text">Not found on the page any more (it changed); kept here with its quote.</p>}
      {tags.length > 0 && <ul class="chips" aria-label="Tags">{tags.map((t) => <li key={t} class="chip">{t}</li>)}</ul>}
      {a.note && <p class="note">{a.note}</p>}
      <div class="row-actions">
        <a href={routeHash({ view: 'annotation', id: a.id })} aria-label={`Edit annotation “${excerpt}”`}>Edit</a>
        {placement !== 'orphan' && <button type="button" onClick={() => onGoTo(a)} aria-label={`Go to passage “${excerpt}”`}>Go to passage</button>}
        <button type="button" onClick={() => onTrash(a)} aria-label={`Delete annotation “${excerpt}”`}>Delete</button>
      </div>
    </li>
  );
}
