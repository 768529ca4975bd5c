import { Button } from '@mantine/core';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PickFileButton } from '../../../renderer/src/components/PickFileButton';
import { render } from '../render';

describe('PickFileButton', () => {
  it('hands over each chosen file and empties the picker, so the same file can be chosen again', async () => {
    const user = userEvent.setup({ delay: null });
    const onPick = vi.fn();
    const { container } = render(
      <PickFileButton onPick={onPick} accept=".json">
        {(props) => <Button {...props}>Import backup…</Button>}
      </PickFileButton>,
    );
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });

    await user.upload(input, file);
    expect(onPick).toHaveBeenCalledWith(file);
    // A browser fires no change for a file input whose value is unchanged: it must be empty again.
    expect(input.value).toBe('');

    await user.upload(input, file);
    expect(onPick).toHaveBeenCalledTimes(2);
  });
});
