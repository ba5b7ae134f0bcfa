import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { typeById as englishType } from '../../lib/catalogue';
import { MAX_COMPARE } from '../../lib/catalogue/compare';
import type { RelationshipType } from '../../lib/catalogue/schema';
import type { Translate } from '../../lib/i18n/catalogue';
import type { Language } from '../../lib/i18n/languages';
import { metricIn, withPage } from '../../lib/i18n/content/load';
import { useI18n } from '../i18n';
import { useCatalogueContent } from './content';
import { AxisMeter, TypeChips } from './Chips';
import { routeHash } from '../sidepanel/route';

export interface TypeDetailProps {
  type: RelationshipType;
  /** The "Add to draft…" form, supplied by the panel (it needs the drafts store). */
  addToDraft?: ComponentChildren;
  compareIds: readonly string[];
  onToggleCompare(id: string): void;
}

const WHEN_KEYS = ['segmentExpectations', 'acquisitionCost', 'retentionGoal', 'upsellNeed'] as const;

/** "Keep most, then Grow and Get": phases are stored strongest first. */
function mostlyServes(type: RelationshipType, t: Translate<'core'>, lang: Language): string {
  const [first, ...rest] = type.phases.map((p) => t(`phase.${p}`));
  if (rest.length === 0) return t('detail.servesOne', { first: first! });
  return t('detail.servesMore', { first: first!, rest: new Intl.ListFormat(lang, { type: 'conjunction' }).format(rest) });
}

/** Everything the catalogue knows about one type. */
export function TypeDetail({ type: listed, compareIds, onToggleCompare, addToDraft }: TypeDetailProps) {
  const { t, lang, typeById } = useI18n();
  const content = useCatalogueContent();
  const [adding, setAdding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [listed.id, content]);
  if (!content) return <p class="muted">{t('app.loading')}</p>;
  const type = withPage(listed, content);
  const comparing = compareIds.includes(type.id);
  const full = !comparing && compareIds.length >= MAX_COMPARE;

  return (
    <article class="detail" aria-labelledby="detail-heading">
      <a class="back" href={routeHash({ view: 'catalogue' })}>{t('detail.allTypes')}</a>
      <h2 id="detail-heading" ref={heading} tabIndex={-1}>{type.name}</h2>
      {lang === 'en'
        ? type.aliases.length > 0 && <p class="aliases">{t('detail.aliases', { aliases: type.aliases.join(', ') })}</p>
        : <p class="aliases">{t('detail.englishName', { name: englishType(type.id)?.name ?? type.name })}</p>}
      <TypeChips type={type} />
      <p class="definition">{type.definition}</p>
      <AxisMeter type={type} />
      <div class="detail-actions">
        <button type="button" aria-pressed={comparing} disabled={full} onClick={() => onToggleCompare(type.id)}>
          {comparing ? t('detail.removeCompare') : t('detail.addCompare')}
        </button>
        {addToDraft && (
          <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>{t('detail.addToDraft')}</button>
        )}
        {compareIds.length >= 2 && <a href={routeHash({ view: 'compare', ids: [...compareIds] })}>{t('detail.compareN', { count: compareIds.length })}</a>}
      </div>
      {adding && addToDraft}
      {full && <p class="hint">{t('detail.alreadyFull', { max: MAX_COMPARE })}</p>}

      <h3>{t('detail.examples')}</h3>
      <dl class="examples">
        {type.examples.map((e) => (
          <div key={e.company}>
            <dt>{e.company}</dt>
            <dd>{e.text}</dd>
          </div>
        ))}
      </dl>

      <div class="pros-cons">
        <section aria-labelledby="adv-heading">
          <h3 id="adv-heading">{t('detail.advantages')}</h3>
          <ul>{type.advantages.map((a) => <li key={a}>{a}</li>)}</ul>
        </section>
        <section aria-labelledby="dis-heading">
          <h3 id="dis-heading">{t('detail.disadvantages')}</h3>
          <ul>{type.disadvantages.map((d) => <li key={d}>{d}</li>)}</ul>
        </section>
      </div>

      <h3>{t('detail.when')}</h3>
      <dl class="when">
        {WHEN_KEYS.map((k) => (
          <div key={k}>
            <dt>{t(`when.${k}`)}</dt>
            <dd>{type.whenToChoose[k]}</dd>
          </div>
        ))}
      </dl>

      <h3>{t('detail.serves')}</h3>
      <p>
        {mostlyServes(type, t, lang)} <a href={routeHash({ view: 'guide', section: 'phases' })}>{t('detail.phasesLink')}</a>
      </p>

      <h3>{t('detail.metrics')}</h3>
      <dl class="metrics">
        {type.metrics.map((id) => {
          const m = metricIn(content, id);
          return m ? (
            <div key={id}>
              <dt>{m.short === m.name ? m.name : <><abbr title={m.name}>{m.short}</abbr> · {m.name}</>}</dt>
              <dd>{m.description}</dd>
            </div>
          ) : null;
        })}
      </dl>

      <h3>{t('detail.related')}</h3>
      <ul class="related">
        {type.related.map((id) => {
          const r = typeById(id);
          return r ? <li key={id}><a href={routeHash({ view: 'type', id })}>{r.name}</a></li> : null;
        })}
      </ul>

      <h3>{t('detail.keywords')}</h3>
      <p class="keywords">{(type.keywords[lang] ?? type.keywords.en).join(' · ')}</p>
    </article>
  );
}
