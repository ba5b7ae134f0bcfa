import { useEffect, useState } from 'preact/hooks';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import { targetLabel } from '../../lib/exchange/describe';
import { ENGLISH_WORDS, type ExportWords } from '../../lib/exchange/words';
import { relativeTime } from '../../lib/i18n/format';
import { newId, type Comment, type CommentTarget, type DraftContent } from '../../lib/model/draft';
import { addComment, setCommentResolved } from '../../lib/model/edit';
import { savedAuthor, saveAuthor } from './author';
import { loadExportWords } from '../exchange/export-words';
import { useI18n } from '../i18n';
import { useEditorText } from './editor-text';

/** Every part of the draft a comment can be about, in the order of the draft. */
function targetsOf(content: DraftContent): CommentTarget[] {
  const out: CommentTarget[] = [{ kind: 'draft' }];
  for (const s of content.segments) {
    out.push({ kind: 'segment', segmentId: s.id });
    for (const t of s.types) out.push({ kind: 'type', segmentId: s.id, typeId: t.typeId });
    for (const phase of PHASE_IDS) for (const tactic of s.grid[phase]) out.push({ kind: 'tactic', segmentId: s.id, phase, tacticId: tactic.id });
  }
  return out;
}

const keyOf = (t: CommentTarget) =>
  t.kind === 'draft' ? 'draft' : t.kind === 'segment' ? `segment:${t.segmentId}` : t.kind === 'type' ? `type:${t.segmentId}:${t.typeId}` : `tactic:${t.tacticId}`;
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The words that name a comment's target (shared with the readable exports), in the panel's language. */
function useTargetWords(): ExportWords | undefined {
  const { lang } = useI18n();
  const [words, setWords] = useState<ExportWords | undefined>(lang === 'en' ? ENGLISH_WORDS : undefined);
  useEffect(() => {
    let live = true;
    void loadExportWords(lang).then((w) => live && setWords(w));
    return () => {
      live = false;
    };
  }, [lang]);
  return words?.language === lang ? words : undefined;
}

/** Review comments: a coach comments on any part of the draft; anyone can resolve or reopen them. */
export function Comments({ content, edit }: { content: DraftContent; edit(change: (c: DraftContent) => DraftContent): void }) {
  const [author, setAuthor] = useState(savedAuthor);
  const [about, setAbout] = useState('draft');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const t = useEditorText();
  const { t: core, lang } = useI18n();
  const words = useTargetWords();
  const targets = targetsOf(content);
  const comments = content.comments ?? [];
  const open = comments.filter((c) => !c.resolved).length;

  const add = (e: Event) => {
    e.preventDefault();
    if (!author.trim()) return setProblem(t('comments.needName'));
    if (!text.trim()) return setProblem(t('comments.needText'));
    const target = targets.find((t) => keyOf(t) === about) ?? { kind: 'draft' };
    const comment: Comment = { id: newId(), target, author: author.trim(), text: text.trim(), createdAt: new Date().toISOString(), resolved: false };
    saveAuthor(author);
    edit((c) => addComment(c, comment));
    setText('');
    setProblem(undefined);
  };

  const heading = <h3 id="comments-heading">{t('comments.heading')}{comments.length > 0 && ` ${t('comments.open', { count: open })}`}</h3>;
  if (!words) {
    return (
      <section class="comments" aria-labelledby="comments-heading">
        {heading}
        <p class="muted">{core('app.loading')}</p>
      </section>
    );
  }
  return (
    <section class="comments" aria-labelledby="comments-heading">
      {heading}
      {comments.length > 0 && (
        <ul class="comment-list" aria-label={t('comments.label')}>
          {comments.map((c) => (
            <li key={c.id} class={c.resolved ? 'comment resolved' : 'comment'}>
              <p class="small muted">
                {targetLabel(c.target, content, words)} · {c.author} · {relativeTime(c.createdAt, lang)}
                {c.resolved && ` · ${t('comments.resolved')}`}
              </p>
              <p class="comment-text">{c.text}</p>
              <button type="button" class="link-button" onClick={() => edit((d) => setCommentResolved(d, c.id, !c.resolved))}
                aria-label={t(c.resolved ? 'comments.reopenLabel' : 'comments.resolveLabel', { text: short(c.text) })}>
                {t(c.resolved ? 'comments.reopen' : 'comments.resolve')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="comment-form" onSubmit={add}>
        <label class="field">
          <span>{t('comments.author')}</span>
          <input value={author} autocomplete="name" onInput={(e) => setAuthor(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('comments.about')}</span>
          <select value={about} onChange={(e) => setAbout(e.currentTarget.value)}>
            {targets.map((target) => <option key={keyOf(target)} value={keyOf(target)}>{targetLabel(target, content, words)}</option>)}
          </select>
        </label>
        <label class="field">
          <span>{t('comments.comment')}</span>
          <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        {problem && <p class="notice error" role="alert">{problem}</p>}
        <button type="submit">{t('comments.add')}</button>
      </form>
    </section>
  );
}
