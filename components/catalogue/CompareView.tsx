import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { axisBand } from '../../lib/catalogue/filter';
import type { RelationshipType } from '../../lib/catalogue/schema';
import { routeHash } from '../sidepanel/route';
import type { Key, Translate } from '../../lib/i18n/catalogue';
import { metricIn, withPage, type CatalogueContent } from '../../lib/i18n/content/load';
import { useI18n } from '../i18n';
import { useCatalogueContent } from './content';

export interface CompareViewProps {
  types: readonly RelationshipType[];
  onRemove(id: string): void;
}

interface Row {
  label: Key<'core'>;
  cell(type: RelationshipType, t: Translate<'core'>, content: CatalogueContent): ComponentChildren;
}

const list = (items: readonly string[]) => <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>;

const ROWS: Row[] = [
  { label: 'compare.inShort', cell: (type) => type.summary },
  { label: 'compare.cost', cell: (type, t) => t(`level.${type.costToServe}`) },
  { label: 'catalogue.axis', cell: (type, t) => `${t(`axis.${axisBand(type.automation)}`)} (${type.automation}/100)` },
  { label: 'detail.serves', cell: (type, t) => type.phases.map((p) => t(`phase.${p}`)).join(', ') },
  { label: 'detail.advantages', cell: (type) => list(type.advantages) },
  { label: 'detail.disadvantages', cell: (type) => list(type.disadvantages) },
  { label: 'compare.chooseWhen', cell: (type) => type.whenToChoose.segmentExpectations },
  { label: 'when.acquisitionCost', cell: (type) => type.whenToChoose.acquisitionCost },
  { label: 'when.retentionGoal', cell: (type) => type.whenToChoose.retentionGoal },
  { label: 'when.upsellNeed', cell: (type) => type.whenToChoose.upsellNeed },
  { label: 'compare.metrics', cell: (type, _t, content) => type.metrics.map((m) => metricIn(content, m)?.short ?? m).join(', ') },
  { label: 'detail.examples', cell: (type) => type.examples.map((e) => e.company).join(', ') },
];

/** Up to three types side by side, one column each. */
export function CompareView({ types, onRemove }: CompareViewProps) {
  const { t } = useI18n();
  const content = useCatalogueContent();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [content]);
  if (!content) return <p class="muted">{t('app.loading')}</p>;
  return (
    <section class="compare" aria-labelledby="compare-heading">
      <a class="back" href={routeHash({ view: 'catalogue' })}>{t('detail.allTypes')}</a>
      <h2 id="compare-heading" ref={heading} tabIndex={-1}>{t('compare.heading')}</h2>
      {types.length < 2 ? (
        <p>{t('compare.hint')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={t('compare.region')} tabIndex={0}>
          <table>
            <caption class="visually-hidden">{types.map((type) => type.name).join(` ${t('compare.with')} `)}</caption>
            <thead>
              <tr>
                <td />
                {types.map((type) => (
                  <th key={type.id} scope="col">
                    <a href={routeHash({ view: 'type', id: type.id })}>{type.name}</a>
                    <button type="button" class="remove" onClick={() => onRemove(type.id)} aria-label={t('compare.remove', { name: type.name })}>×</button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{t(row.label)}</th>
                  {types.map((type) => <td key={type.id}>{row.cell(withPage(type, content), t, content)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
