// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../components/sidepanel/App';

const names = () =>
  within(screen.getByRole('list', { name: 'Relationship types' }))
    .getAllByRole('link')
    .map((a) => a.querySelector('.type-name')?.textContent);

async function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await new Promise((r) => setTimeout(r, 0));
}

describe('side panel app', () => {
  beforeEach(() => { location.hash = ''; });
  afterEach(cleanup);

  it('shows every type and puts automated service first for "chatbot"', async () => {
    render(<App />);
    expect(names().length).toBeGreaterThanOrEqual(12);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search relationship types' }), { target: { value: 'chatbot' } });
    await screen.findByText(/^\d+ types?$/);
    expect(names()[0]).toBe('Automated service');
  });

  it('narrows the list with the phase filter and tells how many remain', async () => {
    render(<App />);
    fireEvent.change(screen.getByLabelText('Phase'), { target: { value: 'grow' } });
    const count = names().length;
    expect(count).toBeLessThan(12);
    expect(screen.getByRole('status').textContent).toBe(`${count} type${count === 1 ? '' : 's'}`);
  });

  it('opens a type from its hash and offers to compare it', async () => {
    render(<App />);
    await go('#/type/fans');
    expect(screen.getByRole('heading', { level: 2, name: 'Fans' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add to compare' }));
    expect(screen.getByRole('button', { name: 'Remove from compare' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: 'Compare (1)' })).toBeTruthy();
  });

  it('says so when a linked type does not exist', async () => {
    render(<App />);
    await go('#/type/no-such-type');
    expect(screen.getByRole('alert').textContent).toMatch(/no relationship type “no-such-type”/);
  });

  it('compares the types named in the hash', async () => {
    render(<App />);
    await go('#/compare/community,fans');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Community'), expect.stringContaining('Fans')]),
    );
  });
});
