// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { SegmentTargetFields, useSegmentTarget } from '../../../components/drafts/SegmentTarget';
import type { DraftStore } from '../../../lib/store/drafts';

afterEach(cleanup);

/** A store whose drafts list arrives only when the test says so (a cold database, a busy machine). */
function slowStore() {
  let arrive: () => void = () => undefined;
  const draft = { id: 'd1', title: 'Fresh Crate', segments: [{ id: 's1', name: 'Families' }] };
  const store = {
    list: () => new Promise((resolve) => { arrive = () => resolve({ ok: true, value: { items: [draft] } }); }),
  } as unknown as DraftStore;
  return { store, arrive: () => arrive() };
}

/** Lets the drafts list arrive and the picker show it. */
async function arriveNow(arrive: () => void) {
  await act(async () => {
    arrive();
    await new Promise((r) => setTimeout(r, 0));
  });
}

function Picker({ store }: { store: DraftStore }) {
  return <SegmentTargetFields {...useSegmentTarget(store)} />;
}

it('keeps the user’s pick of a new draft when the drafts list arrives after it', async () => {
  const { store, arrive } = slowStore();
  render(<Picker store={store} />);
  const draftList = screen.getByRole('combobox', { name: 'Draft' }) as HTMLSelectElement;
  fireEvent.change(draftList, { target: { value: draftList.options[draftList.options.length - 1]!.value } });
  await arriveNow(arrive);
  expect((screen.getByRole('combobox', { name: 'Draft' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('New draft');
  expect(screen.getByRole('textbox', { name: 'New segment name' })).toBeTruthy();
});

it('chooses the first draft when the list arrives before any pick', async () => {
  const { store, arrive } = slowStore();
  render(<Picker store={store} />);
  await arriveNow(arrive);
  expect((screen.getByRole('combobox', { name: 'Draft' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Fresh Crate');
  expect((screen.getByRole('combobox', { name: 'Segment' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Families');
});

it('shows the "New segment name" field in the same render that picks "New draft", before any effect runs', async () => {
  const { store, arrive } = slowStore();
  render(<Picker store={store} />);
  await arriveNow(arrive);
  expect(screen.queryByRole('textbox', { name: 'New segment name' })).toBeNull(); // Fresh Crate › Families
  const draftList = screen.getByRole('combobox', { name: 'Draft' }) as HTMLSelectElement;
  // As a keyboard user's type-ahead does: the change, then the very next Tab — no frame for effects between.
  draftList.value = draftList.options[draftList.options.length - 1]!.value;
  draftList.dispatchEvent(new Event('change', { bubbles: true }));
  await Promise.resolve(); // the re-render the change asked for; effects wait for the next frame
  await Promise.resolve();
  expect(screen.queryByRole('textbox', { name: 'New segment name' })).not.toBeNull();
});

it('leaves "New draft" as it is when the user is on the list before the drafts arrive', async () => {
  const { store, arrive } = slowStore();
  render(<Picker store={store} />);
  const draftList = screen.getByRole('combobox', { name: 'Draft' }) as HTMLSelectElement;
  draftList.focus(); // on the list, "New draft" showing: no change event, since nothing changed
  await arriveNow(arrive);
  expect((screen.getByRole('combobox', { name: 'Draft' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('New draft');
  expect(screen.getByRole('textbox', { name: 'New segment name' })).toBeTruthy();
});
