import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { routeHash } from '../sidepanel/route';
import { useI18n } from '../i18n';
import { useGuide } from './content';

/** Sections of the guide, in page order; ids are used in `#/guide/<id>` links. */
const SECTIONS = ['basics', 'phases', 'case', 'filling', 'combining', 'mistakes', 'blocks', 'questions', 'faq'] as const;
type SectionId = (typeof SECTIONS)[number];

/** The Get / Keep / Grow framework, mistakes, questions and advice, as one readable page. */
export function GuideView({ section }: { section?: string | undefined }) {
  const { t } = useI18n();
  const guide = useGuide();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    const target = section ? document.getElementById(`guide-${section}`) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus();
    } else {
      heading.current?.focus();
    }
  }, [section, guide]);

  if (!guide) return <p class="muted">{t('app.loading')}</p>;
  const GUIDE = guide;
  const title = (id: SectionId) => t(`guide.${id}`, { company: GUIDE.caseStudy.company });

  return (
    <article class="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading" ref={heading} tabIndex={-1}>{t('guide.heading')}</h2>
      <nav aria-label={t('guide.sections')}>
        <ul class="toc">
          {SECTIONS.map((id) => <li key={id}><a href={routeHash({ view: 'guide', section: id })}>{title(id)}</a></li>)}
        </ul>
      </nav>

      <Section id="basics" title={title('basics')}>
        <p>{GUIDE.intro}</p>
        <p>{GUIDE.whyItMatters}</p>
        <ul>{GUIDE.principles.map((p) => <li key={p}>{p}</li>)}</ul>
      </Section>

      <Section id="phases" title={title('phases')}>
        <p>{GUIDE.frameworkOrigin}</p>
        <div class="phase-grid">
          {GUIDE.phases.map((p) => (
            <section key={p.id} class={`phase-card phase-${p.id}`} aria-labelledby={`phase-${p.id}`}>
              <h4 id={`phase-${p.id}`}>{p.name}</h4>
              <p class="goal">{p.goal}</p>
              <p>{p.meaning}</p>
              <h5>{t('guide.tactics')}</h5>
              <ul>{p.tactics.map((t) => <li key={t}>{t}</li>)}</ul>
              <h5>{t('compare.metrics')}</h5>
              <p>{p.metrics.map((m) => GUIDE.metrics.find((x) => x.id === m)?.name ?? m).join(', ')}</p>
            </section>
          ))}
        </div>
      </Section>

      <Section id="case" title={title('case')}>
        <p>{GUIDE.caseStudy.intro}</p>
        <ol class="case-steps">
          {GUIDE.caseStudy.steps.map((s) => (
            <li key={s.title}>
              <span class={`chip phase-${s.phase}`}>{t(`phase.${s.phase}`)}</span> <strong>{s.title}.</strong> {s.text}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="filling" title={title('filling')}>
        <ol>{GUIDE.fillingSteps.map((s) => <li key={s.title}><strong>{s.title}.</strong> {s.text}</li>)}</ol>
      </Section>

      <Section id="combining" title={title('combining')}>
        <ul>{GUIDE.combining.map((c) => <li key={c.title}><strong>{c.title}.</strong> {c.text}</li>)}</ul>
      </Section>

      <Section id="mistakes" title={title('mistakes')}>
        {GUIDE.mistakes.map((m) => (
          <details key={m.id} class="mistake">
            <summary>{m.title}</summary>
            <p><strong>{t('guide.why')}</strong> {m.why}</p>
            <p><strong>{t('guide.instead')}</strong> {m.fix}</p>
          </details>
        ))}
      </Section>

      <Section id="blocks" title={title('blocks')}>
        <dl class="block-questions">
          {GUIDE.blockQuestions.map((q) => (
            <div key={q.block}>
              <dt>{q.blockName}</dt>
              <dd><p class="question">{q.question}</p><p>{q.link}</p></dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="questions" title={title('questions')}>
        <ul>{GUIDE.keyQuestions.map((q) => <li key={q}>{q}</li>)}</ul>
      </Section>

      <Section id="faq" title={title('faq')}>
        <dl class="faq">
          {GUIDE.faq.map((f) => (
            <div key={f.question}><dt>{f.question}</dt><dd>{f.answer}</dd></div>
          ))}
        </dl>
      </Section>
    </article>
  );
}

function Section({ id, title, children }: { id: SectionId; title: string; children: ComponentChildren }) {
  return (
    <section class="guide-section" aria-labelledby={`guide-${id}`}>
      <h3 id={`guide-${id}`} tabIndex={-1}>{title}</h3>
      {children}
    </section>
  );
}
