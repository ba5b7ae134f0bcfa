import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AnnotationStore } from '../../lib/store/annotations';
import type { DraftStore } from '../../lib/store/drafts';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** Side panel → Export / import: files for coaches, backups and other tools. */
export function ExchangeView({ drafts, annotations, draftId }: { drafts: DraftStore; annotations: AnnotationStore; draftId?: string | undefined }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="exchange" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading" ref={heading} tabIndex={-1}>Export and import</h2>
      <ExportPanel drafts={drafts} annotations={annotations} draftId={draftId} />
      <ImportPanel />
    </section>
  );
}
