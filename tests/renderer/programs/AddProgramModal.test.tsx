import { ModalsProvider } from '@mantine/modals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AddProgramModal } from '../../../renderer/src/pages/programs/AddProgramModal';
import { render } from '../render';

/** The dialog as the programs page holds it: open until closed or a program is created. */
function Harness({ onCreate }: { onCreate: (name: string) => Promise<void> }) {
  const [opened, setOpened] = useState(true);
  return (
    <ModalsProvider>
      <button type="button" onClick={() => setOpened(true)}>
        Add program
      </button>
      <AddProgramModal
        opened={opened}
        onClose={() => setOpened(false)}
        onCreate={async (name) => {
          await onCreate(name);
          setOpened(false);
        }}
        existingNames={['Lakeshore Integrated IR']}
      />
    </ModalsProvider>
  );
}

const nameBox = () => screen.getByRole('textbox', { name: /Program name/ });
const dialog = () => screen.queryByRole('dialog', { name: 'Add a program' });

describe('AddProgramModal', { timeout: 30_000 }, () => {
  it('closes at once on Escape when nothing was typed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness onCreate={async () => {}} />);
    await user.click(nameBox());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog()).not.toBeInTheDocument());
  });

  it('asks before Escape discards a typed name, and keeps it on "Keep editing"', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Harness onCreate={async () => {}} />);
    await user.type(nameBox(), 'Riverside IR');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(nameBox()).toHaveValue('Riverside IR');

    await user.keyboard('{Escape}');
    await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(dialog()).not.toBeInTheDocument());

    // Opened again, it starts empty.
    await user.click(screen.getByRole('button', { name: 'Add program' }));
    expect(nameBox()).toHaveValue('');
  });

  it('Cancel discards without asking; a failed create keeps the name', async () => {
    const user = userEvent.setup({ delay: null });
    const onCreate = vi.fn(async () => {
      throw new Error('disk full');
    });
    render(<Harness onCreate={onCreate} />);
    await user.type(nameBox(), 'Riverside IR');
    await user.click(screen.getByRole('button', { name: 'Add and edit' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalledWith('Riverside IR'));
    expect(nameBox()).toHaveValue('Riverside IR');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog()).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).not.toBeInTheDocument();
  });
  it('refuses a name already on the shortlist, whatever its case or spacing, and keeps it typed', async () => {
    const user = userEvent.setup({ delay: null });
    const onCreate = vi.fn(async () => {});
    render(<Harness onCreate={onCreate} />);
    await user.type(nameBox(), '  lakeshore   integrated IR{Enter}');
    expect(await screen.findByText(/“Lakeshore Integrated IR” is already on your shortlist/)).toBeInTheDocument();
    expect(onCreate).not.toHaveBeenCalled();
    expect(nameBox()).toHaveValue('  lakeshore   integrated IR');

    await user.clear(nameBox());
    await user.type(nameBox(), 'Lakeshore Integrated IR (second site){Enter}');
    await waitFor(() => expect(onCreate).toHaveBeenCalledWith('Lakeshore Integrated IR (second site)'));
  });
});
