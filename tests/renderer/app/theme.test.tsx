import { Alert, MantineProvider, Modal, Notification, NumberInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { theme } from '../../../renderer/src/theme';

// What the app's theme changes in Mantine's defaults, seen as a user sees it.
const withTheme = (ui: React.ReactNode) => render(<MantineProvider theme={theme} env="test">{ui}</MantineProvider>);

function CountField() {
  const [value, setValue] = useState<string | number>('');
  return (
    <>
      <NumberInput label="Procedures" value={value} onChange={setValue} allowNegative={false} />
      <output aria-label="stored">{String(value)}</output>
    </>
  );
}

describe('the app theme', () => {
  it('reads a count typed with a thousands comma as the whole number, not a decimal', async () => {
    const user = userEvent.setup({ delay: null });
    withTheme(<CountField />);
    await user.type(screen.getByRole('textbox', { name: 'Procedures' }), '2,000');
    expect(screen.getByLabelText('stored')).toHaveTextContent(/^2000$/);
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Procedures' })).toHaveValue('2000');
  });

  it('still takes a decimal point where a field allows decimals', async () => {
    const user = userEvent.setup({ delay: null });
    withTheme(<CountField />);
    await user.type(screen.getByRole('textbox', { name: 'Procedures' }), '2.5');
    expect(screen.getByLabelText('stored')).toHaveTextContent(/^2.5$/);
  });

  it('names the close button of a pop-up notification', () => {
    withTheme(<Notification title="Program saved">Notes updated</Notification>);
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('names the close button of every dialog and alert', () => {
    withTheme(
      <>
        <Modal opened onClose={() => {}} title="Add a program">
          body
        </Modal>
        <Alert title="Nothing was imported" withCloseButton onClose={() => {}}>
          reason
        </Alert>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
  });
});
