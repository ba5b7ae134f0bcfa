import { useLayoutEffect, useRef } from 'preact/hooks';
import { GUIDE, PHASE_NAMES, metricById } from '../../lib/catalogue';
import { routeHash } from '../sidepanel/route';

/** Sections of the guide, in page order; ids are used in `#/guide/<id>` links. */
const SECTIONS = [
  { id: 'basics', title: 'What the block is' },
  { id: 'phases', title: 'Get, Keep, Grow' },
  { id: 'case', title: `Case study: ${GUIDE.caseStudy.company}` },
  { id: 'filling', title: 'Filling in the block' },
  { id: 'combining', title: 'Combining types' },
  { id: 'mistakes', title: 'Common mistakes' },
  { id: 'blocks', title: 'Links to the other blocks' },
  { id: 'questions', title: 'Questions to ask' },
  { id: 'faq', title: 'Frequent questions' },
] as const;

/** The Get / Keep / Grow framework, mistakes, questions and advice, as one readable page. */
export function GuideView({ section }: { section?: string | undefined }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    const target = section ? document.getElementById(`guide-${section}`) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus();
    } else {
      heading.current?.focus();
    }
  }, [section]);

  return (
    <article class="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading" ref={heading} tabIndex={-1}>Guide to the Customer Relationships block</h2>
      <nav aria-label="Guide sections">
        <ul class="toc">
          {SECTIONS.map((s) => <li key={s.id}><a href={routeHash({ view: 'guide', section: s.id })}>{s.title}</a></li>)}
        </ul>
      </nav>

      <Section id="basics">
        <p>{GUIDE.intro}</p>
        <p>{GUIDE.whyItMatters}</p>
        <ul>{GUIDE.principles.map((p) => <li key={p}>{p}</li>)}</ul>
      </Section>

      <Section id="phases">
        <p>{GUIDE.frameworkOrigin}</p>
        <div class="phase-grid">
          {GUIDE.phases.map((p) => (
            <section key={p.id} class={`phase-card phase-${p.id}`} aria-labelledby={`phase-${p.id}`}>
              <h4 id={`phase-${p.id}`}>{p.name}</h4>
              <p class="goal">{p.goal}</p>
              <p>{p.meaning}</p>
              <h5>Typical tactics</h5>
              <ul>{p.tactics.map((t) => <li key={t}>{t}</li>)}</ul>
              <h5>Metrics</h5>
              <p>{p.metrics.map((m) => metricById(m)?.name ?? m).join(', ')}</p>
            </section>
          ))}
        </div>
      </Section>

      <Section id="case">
        <p>{GUIDE.caseStudy.intro}</p>
        <ol class="case-steps">
          {GUIDE.caseStudy.steps.map((s) => (
            <li key={s.title}>
              <span class={`chip phase-${s.phase}`}>{PHASE_NAMES[s.phase]}</span> <strong>{s.title}.</strong> {s.text}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="filling">
        <ol>{GUIDE.fillingSteps.map((s) => <li key={s.title}><strong>{s.title}.</strong> {s.text}</li>)}</ol>
      </Section>

      <Section id="combining">
        <ul>{GUIDE.combining.map((c) => <li key={c.title}><strong>{c.title}.</strong> {c.text}</li>)}</ul>
      </Section>

      <Section id="mistakes">
        {GUIDE.mistakes.map((m) => (
          <details key={m.id} class="mistake">
            <summary>{m.title}</summary>
            <p><strong>Why it hurts:</strong> {m.why}</p>
            <p><strong>Instead:</strong> {m.fix}</p>
          </details>
        ))}
      </Section>

      <Section id="blocks">
        <dl class="block-questions">
          {GUIDE.blockQuestions.map((q) => (
            <div key={q.block}>
              <dt>{q.blockName}</dt>
              <dd><p class="question">{q.question}</p><p>{q.link}</p></dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="questions">
        <ul>{GUIDE.keyQuestions.map((q) => <li key={q}>{q}</li>)}</ul>
      </Section>

      <Section id="faq">
        <dl class="faq">
          {GUIDE.faq.map((f) => (
            <div key={f.question}><dt>{f.question}</dt><dd>{f.answer}</dd></div>
          ))}
        </dl>
      </Section>
    </article>
  );
}

function Section({ id, children }: { id: (typeof SECTIONS)[number]['id']; children: preact.ComponentChildren }) {
  const title = SECTIONS.find((s) => s.id === id)!.title;
  return (
    <section class="guide-section" aria-labelledby={`guide-${id}`}>
      <h3 id={`guide-${id}`} tabIndex={-1}>{title}</h3>
      {children}
    </section>
  );
}
