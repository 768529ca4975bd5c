import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgramList } from '../../../renderer/src/pages/programs/ProgramList';
import { manyPrograms } from '../../unit/programs/many-programs';
import { render } from '../render';

describe('ProgramList with a long shortlist', { timeout: 30_000 }, () => {
  // jsdom lays nothing out; give the scroll box the height it has in the app.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(58);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('puts only the rows in view in the page, and search still reaches the last program', async () => {
    const onOpen = vi.fn();
    render(<ProgramList programs={manyPrograms(400)} onOpen={onOpen} onDelete={() => {}} />);
    const table = screen.getByRole('table', { name: 'Programs' });
    const rendered = within(table).getAllByRole('row').length - 1; // minus the header
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);

    await userEvent.setup({ delay: null }).type(screen.getByRole('textbox', { name: 'Search programs' }), 'Program 399');
    await userEvent.click(within(table).getByRole('button', { name: 'Program 399' }));
    expect(onOpen).toHaveBeenCalledWith(expect.any(String));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });
});
