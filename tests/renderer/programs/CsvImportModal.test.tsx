import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProgramDraft } from '../../../shared/programs/program-schema';
import { CsvImportModal } from '../../../renderer/src/pages/programs/CsvImportModal';
import { render } from '../render';

function setup() {
  const onImport = vi.fn<(drafts: ProgramDraft[]) => Promise<void>>(async () => {});
  const user = userEvent.setup({ delay: null });
  render(<CsvImportModal opened onClose={() => {}} onImport={onImport} existingNames={[]} />);
  const choose = (name: string, text: string) => {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    return user.upload(input, new File([text], name, { type: 'text/csv' }));
  };
  return { user, onImport, choose };
}

const importButton = () => screen.getByRole('button', { name: /^Import/ });

describe('CsvImportModal', { timeout: 30_000 }, () => {
  it('forgets the file before when the next one is refused, so nothing old can be imported', async () => {
    const { choose } = setup();
    await choose('good.csv', 'Program\nMetro IR\n');
    expect(await screen.findByText('good.csv: 1 row')).toBeInTheDocument();
    expect(importButton()).toHaveTextContent('Import 1 program');

    await choose('empty.csv', '');
    expect(await screen.findByText(/That file has no rows to import/)).toBeInTheDocument();
    expect(screen.queryByText(/good\.csv/)).not.toBeInTheDocument();
    expect(screen.queryByText(/ready to import/)).not.toBeInTheDocument();
    expect(importButton()).toHaveTextContent(/^Import$/);
    expect(importButton()).toBeDisabled();
  });

  it('imports only the rows before a quote that is never closed, and says why the rest were left out', async () => {
    const { user, choose, onImport } = setup();
    await choose('quote.csv', 'Program,Notes\nFirst,fine\nUnclosed,"oops\nNext,row\n');
    expect(await screen.findByText(/Row 3 and every line below it will not be imported/)).toBeInTheDocument();
    await user.click(importButton());
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(onImport.mock.calls[0]![0].map((draft) => draft.name)).toEqual(['First']);
  });

  it('says how many programs one import can take instead of failing after the click', async () => {
    const { choose, onImport } = setup();
    const rows = Array.from({ length: 2001 }, (_, index) => `Program ${index + 1}`);
    await choose('big.csv', ['Program', ...rows].join('\n'));
    expect(await screen.findByText(/This file has 2,001 programs ready; up to 2,000 can be imported at once/)).toBeInTheDocument();
    expect(importButton()).toBeDisabled();
    expect(onImport).not.toHaveBeenCalled();
  });
});
