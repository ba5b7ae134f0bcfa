import { useMemo, useState } from 'preact/hooks';
import { compareDrafts, type CompareItem } from '../../lib/cohort/compare';
import type { Member } from '../../lib/model/cohort';
import type { Draft } from '../../lib/model/draft';
import { useI18n } from '../i18n';
import { ReviewText, useReviewText } from './review-text';

type Props = { drafts: readonly Draft[]; members: readonly Member[]; initial: readonly string[] };

/** Two drafts of the cohort side by side; what only one of them says is marked. */
export function ComparePanel(props: Props) {
  return <ReviewText><Comparison {...props} /></ReviewText>;
}

function Comparison({ drafts, members, initial }: Props) {
  const t = useReviewText();
  const { t: core, typeById } = useI18n();
  const authors = new Map(members.map((m) => [m.draftId, m.author]));
  const name = (d: Draft) => `${authors.get(d.id) ? `${authors.get(d.id)}: ` : ''}${d.title || t('draft.untitled')}`;
  const [left, setLeft] = useState(initial[0] ?? drafts[0]?.id ?? '');
  const [right, setRight] = useState(initial[1] ?? drafts[1]?.id ?? '');
  const a = drafts.find((d) => d.id === left);
  const b = drafts.find((d) => d.id === right);
  const rows = useMemo(() => (a && b
    ? compareDrafts(a, b, t, { type: (id) => typeById(id)?.name ?? id, phase: (p) => core(`phase.${p}`) })
    : []), [a, b, t, core, typeById]);
  const differing = rows.filter((r) => !r.same).length;

  const picker = (label: string, value: string, set: (id: string) => void) => (
    <label class="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.currentTarget.value)}>
        {drafts.map((d) => <option key={d.id} value={d.id}>{name(d)}</option>)}
      </select>
    </label>
  );
  const items = (list: CompareItem[]) => list.length
    ? <ul>{list.map((item, i) => <li key={i} class={item.shared ? '' : 'differs'}>{item.text}{!item.shared && <span class="visually-hidden"> {t('compare.onlyHere')}</span>}</li>)}</ul>
    : <span class="muted">—</span>;

  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('compare.heading')}</h3>
      <div class="compare-pickers">
        {picker(t('compare.first'), left, setLeft)}
        {picker(t('compare.second'), right, setRight)}
      </div>
      {a && b && (
        <>
          <p role="status" class="small">{differing === 0 ? t('compare.same') : t('compare.differ', { count: differing, total: rows.length })}</p>
          <div class="table-scroll">
            <table class="compare-table">
              <caption class="visually-hidden">{t('compare.caption', { first: name(a), second: name(b) })}</caption>
              <thead><tr><th scope="col">{t('compare.part')}</th><th scope="col">{name(a)}</th><th scope="col">{name(b)}</th></tr></thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i} class={r.same ? 'same' : 'differs-row'}>
                    <th scope="row">{r.section} › {r.label}{!r.same && <span class="visually-hidden"> {t('compare.differs')}</span>}</th>
                    <td>{items(r.left)}</td>
                    <td>{items(r.right)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
