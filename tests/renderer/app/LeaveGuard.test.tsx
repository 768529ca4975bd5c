import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { editKeeper } from '../../../renderer/src/app/edit-keeper';
import { LeaveGuard, useConfirmLeave } from '../../../renderer/src/app/LeaveGuard';
import { UnsavedEditsNotice } from '../../../renderer/src/app/UnsavedEditsNotice';
import { unsavedEdits, useUnsavedChanges } from '../../../renderer/src/app/unsaved-changes';
import { FormDialog, useDialogDirty } from '../../../renderer/src/components/FormDialog';
import { render } from '../render';

/** An editor that marks itself unsaved while it differs from "saved", and a button that leaves it. */
function Editor({ what = 'the test form' }: { what?: string }) {
  const [value, setValue] = useState('saved');
  const [left, setLeft] = useState(false);
  const confirmLeave = useConfirmLeave();
  useUnsavedChanges(what, value !== 'saved');
  return (
    <>
      <input aria-label="Value" value={value} onChange={(event) => setValue(event.currentTarget.value)} />
      <button type="button" onClick={() => confirmLeave(() => setLeft(true))}>
        Leave
      </button>
      {left ? <p>Left</p> : null}
    </>
  );
}

const setup = () => {
  const user = userEvent.setup({ delay: null });
  render(
    <LeaveGuard>
      <Editor />
    </LeaveGuard>,
  );
  return user;
};

describe('LeaveGuard', { timeout: 30_000 }, () => {
  it('leaves at once when nothing is unsaved', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    expect(screen.getByText('Left')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks first when an editor is unsaved, and stays when told to', async () => {
    const user = setup();
    await user.type(screen.getByRole('textbox', { name: 'Value' }), '!');
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toHaveTextContent('Your changes to the test form are not saved');
    await user.click(screen.getByRole('button', { name: 'Stay and keep editing' }));
    expect(screen.queryByText('Left')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('saved!');

    await user.click(screen.getByRole('button', { name: 'Leave' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(screen.getByText('Left')).toBeInTheDocument();
  });

  it('stops asking once the edit is undone', async () => {
    const user = setup();
    const input = screen.getByRole('textbox', { name: 'Value' });
    await user.type(input, '!');
    await user.type(input, '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    expect(screen.getByText('Left')).toBeInTheDocument();
  });

  it('lets kept edits leave without asking, but still stops the window closing', async () => {
    setup();
    const keeper = editKeeper<string>('the kept draft');
    keeper.keep('saved', 'typed');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Leave' }));
    expect(screen.getByText('Left')).toBeInTheDocument();

    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).toBe(true);

    keeper.keep('saved', 'saved');
    expect(unsavedEdits()).toEqual([]);
    const closingAgain = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closingAgain);
    expect(closingAgain.defaultPrevented).toBe(false);
  });
});

/** A form in a FormDialog that reports itself dirty once something is typed. */
function DialogForm() {
  const [value, setValue] = useState('');
  useDialogDirty(value !== '');
  return <input aria-label="Dialog value" value={value} onChange={(event) => setValue(event.currentTarget.value)} />;
}

describe('unsaved input in a dialog and before replacing the data', { timeout: 30_000 }, () => {
  it('a dialog holding typed text stops the window closing, until it is closed', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = render(
      <LeaveGuard>
        <FormDialog opened onClose={() => {}} title="New talking point">
          <DialogForm />
        </FormDialog>
      </LeaveGuard>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Dialog value' }), 'Half a thought');
    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).toBe(true);
    expect(unsavedEdits()).toEqual([{ what: 'the open dialog', kept: false }]);

    rerender(
      <LeaveGuard>
        <FormDialog opened={false} onClose={() => {}} title="New talking point">
          <DialogForm />
        </FormDialog>
      </LeaveGuard>,
    );
    await waitFor(() => expect(unsavedEdits()).toEqual([]));
  });

  it('the confirmation of an import or a restore names every unsaved edit, kept ones too', async () => {
    const user = userEvent.setup({ delay: null });
    render(<UnsavedEditsNotice />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const keeper = editKeeper<string>('the statement draft');
    keeper.keep('saved', 'typed');
    render(
      <LeaveGuard>
        <Editor what="the program details" />
      </LeaveGuard>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Value' }), '!');
    render(<UnsavedEditsNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent('Your changes to the statement draft and the program details are not saved');
    keeper.keep('saved', 'saved');
  });
});
