import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER_INPUTS, ProcedureLogFilters, type FilterInputs } from '../../../renderer/src/pages/procedures/ProcedureLogFilters';
import { render } from '../render';

/** The page keeps the filter inputs; this stands in for it and shows what the filters hold. */
function Harness() {
  const [inputs, setInputs] = useState<FilterInputs>(EMPTY_FILTER_INPUTS);
  return (
    <>
      <ProcedureLogFilters inputs={inputs} onChange={setInputs} customProcedures={[]} experiences={[]} />
      <output data-testid="inputs">{JSON.stringify(inputs)}</output>
    </>
  );
}

const shown = () => JSON.parse(screen.getByTestId('inputs').textContent ?? '{}') as FilterInputs;
const clearButton = () => screen.getByRole('button', { name: 'Clear filters' });

describe('ProcedureLogFilters', () => {
  it('turns "Clear filters" on with search text alone, and clearing empties the search box', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness />);
    expect(clearButton()).toBeDisabled();

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'celiac');
    expect(shown().text).toBe('celiac');
    expect(clearButton()).toBeEnabled();

    await user.click(clearButton());
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('');
    expect(shown()).toEqual(EMPTY_FILTER_INPUTS);
    expect(clearButton()).toBeDisabled();
  });

  it('turns it off again when the search text is deleted by hand', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness />);
    const search = screen.getByRole('textbox', { name: 'Search' });
    await user.type(search, 'ab');
    expect(clearButton()).toBeEnabled();
    await user.type(search, '{Backspace}{Backspace}');
    expect(clearButton()).toBeDisabled();
  });

  it('clears a field filter and the search text together', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness />);
    await user.type(screen.getByRole('textbox', { name: 'From' }), '2026-01-01');
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'fistula');
    expect(shown()).toMatchObject({ from: '2026-01-01', text: 'fistula' });

    await user.click(clearButton());
    expect(shown()).toEqual(EMPTY_FILTER_INPUTS);
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('');
    expect(clearButton()).toBeDisabled();
  });
});
