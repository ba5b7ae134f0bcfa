import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AnnotationStore } from '../../lib/store/annotations';
import type { DraftStore } from '../../lib/store/drafts';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ExchangeText, useExchangeText } from './text';

/** Side panel → Export / import: files for coaches, backups and other tools. */
export function ExchangeView(props: ExchangeProps) {
  return <ExchangeText><Exchange {...props} /></ExchangeText>;
}

interface ExchangeProps {
  drafts: DraftStore;
  annotations: AnnotationStore;
  draftId?: string | undefined;
}

function Exchange({ drafts, annotations, draftId }: ExchangeProps) {
  const t = useExchangeText();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="exchange" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading" ref={heading} tabIndex={-1}>{t('view.heading')}</h2>
      <ExportPanel drafts={drafts} annotations={annotations} draftId={draftId} />
      <ImportPanel />
    </section>
  );
}
