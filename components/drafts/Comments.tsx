import { useState } from 'preact/hooks';
import { PHASE_IDS } from '../../lib/catalogue/ids';
import { targetLabel } from '../../lib/exchange/describe';
import { newId, type Comment, type CommentTarget, type DraftContent } from '../../lib/model/draft';
import { addComment, setCommentResolved } from '../../lib/model/edit';
import { savedAuthor, saveAuthor } from './author';
import { relativeTime } from './format';

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

/** Review comments: a coach comments on any part of the draft; anyone can resolve or reopen them. */
export function Comments({ content, edit }: { content: DraftContent; edit(change: (c: DraftContent) => DraftContent): void }) {
  const [author, setAuthor] = useState(savedAuthor);
  const [about, setAbout] = useState('draft');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const targets = targetsOf(content);
  const comments = content.comments ?? [];
  const open = comments.filter((c) => !c.resolved).length;

  const add = (e: Event) => {
    e.preventDefault();
    if (!author.trim()) return setProblem('Enter your name first: it is shown with your comments.');
    if (!text.trim()) return setProblem('Write the comment first.');
    const target = targets.find((t) => keyOf(t) === about) ?? { kind: 'draft' };
    const comment: Comment = { id: newId(), target, author: author.trim(), text: text.trim(), createdAt: new Date().toISOString(), resolved: false };
    saveAuthor(author);
    edit((c) => addComment(c, comment));
    setText('');
    setProblem(undefined);
  };

  return (
    <section class="comments" aria-labelledby="comments-heading">
      <h3 id="comments-heading">Review comments{comments.length > 0 && ` (${open} open)`}</h3>
      {comments.length > 0 && (
        <ul class="comment-list" aria-label="Comments">
          {comments.map((c) => (
            <li key={c.id} class={c.resolved ? 'comment resolved' : 'comment'}>
              <p class="small muted">
                {targetLabel(c.target, content)} · {c.author} · {relativeTime(c.createdAt)}
                {c.resolved && ' · resolved'}
              </p>
              <p class="comment-text">{c.text}</p>
              <button type="button" class="link-button" onClick={() => edit((d) => setCommentResolved(d, c.id, !c.resolved))}
                aria-label={`${c.resolved ? 'Reopen' : 'Resolve'} comment “${short(c.text)}”`}>
                {c.resolved ? 'Reopen' : 'Resolve'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="comment-form" onSubmit={add}>
        <label class="field">
          <span>Your name (shown with your comments)</span>
          <input value={author} autocomplete="name" onInput={(e) => setAuthor(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>About</span>
          <select value={about} onChange={(e) => setAbout(e.currentTarget.value)}>
            {targets.map((t) => <option key={keyOf(t)} value={keyOf(t)}>{targetLabel(t, content)}</option>)}
          </select>
        </label>
        <label class="field">
          <span>Comment</span>
          <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        {problem && <p class="notice error" role="alert">{problem}</p>}
        <button type="submit">Add comment</button>
      </form>
    </section>
  );
}
