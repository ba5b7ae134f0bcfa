import type { Annotation } from '../../lib/model/annotation';
import { useI18n } from '../i18n';
import { routeHash } from '../sidepanel/route';
import { useAnnotationsText } from './text';


/** One annotation as lists show it: the passage, its tags and note, and what can be done with it. */
export function AnnotationCard({ annotation: a, placement, onGoTo, onTrash }: {
  annotation: Annotation;
  /** Whether the reader placed it on the open page: undefined when the page's reader is not running. */
  placement?: 'placed' | 'orphan' | undefined;
  onGoTo(a: Annotation): void;
  onTrash(a: Annotation): void;
}) {
  const t = useAnnotationsText();
  const { t: core, typeById } = useI18n();
  const tags = [...(a.phase ? [core(`phase.${a.phase}`)] : []), ...a.types.map((id) => typeById(id)?.name ?? id), ...a.tags];
  const excerpt = a.quote.exact.length > 60 ? `${a.quote.exact.slice(0, 60)}…` : a.quote.exact;
  return (
    <li class={`annotation-card${a.phase ? ` phase-${a.phase}` : ''}`}>
      <blockquote>{a.quote.exact}</blockquote>
      {placement === 'orphan' && <p class="small warning-text">{t('card.orphan')}</p>}
      {tags.length > 0 && <ul class="chips" aria-label={t('card.tags')}>{tags.map((tag) => <li key={tag} class="chip">{tag}</li>)}</ul>}
      {a.note && <p class="note">{a.note}</p>}
      <div class="row-actions">
        <a href={routeHash({ view: 'annotation', id: a.id })} aria-label={t('card.editLabel', { excerpt })}>{t('card.edit')}</a>
        {placement !== 'orphan' && <button type="button" onClick={() => onGoTo(a)} aria-label={t('card.goToLabel', { excerpt })}>{t('card.goTo')}</button>}
        <button type="button" onClick={() => onTrash(a)} aria-label={t('card.deleteLabel', { excerpt })}>{t('card.delete')}</button>
      </div>
    </li>
  );
}
