import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import { emptyStatement } from '../../../shared/statement/statement-schema';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { ErasLimitsCard } from '../../../renderer/src/pages/settings/ErasLimitsCard';
import { render } from '../render';

/** Just the channels the card calls; the rest of window.api is never reached. */
function stubApi() {
  const saveLimits = vi.fn(async ({ limits }: { limits: object }) => ({ ok: true as const, value: limits }));
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'statement:get': async () => ({ ok: true as const, value: emptyStatement() }),
    'statement:save-limits': saveLimits,
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
  return saveLimits;
}

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
});

async function setup() {
  const saveLimits = stubApi();
  const user = userEvent.setup({ delay: null });
  render(
    <AppInfoProvider>
      <ErasLimitsCard />
    </AppInfoProvider>,
  );
  const experiences = await screen.findByRole('textbox', { name: 'Experiences on the application' });
  return { user, saveLimits, experiences, save: () => user.click(screen.getByRole('button', { name: 'Save limits' })) };
}

describe('ErasLimitsCard', { timeout: 30_000 }, () => {
  it('shows each limit with its source and whether ERAS sets it', async () => {
    await setup();
    expect(screen.getByRole('textbox', { name: 'Experiences on the application' })).toHaveValue('10');
    expect(screen.getAllByText('ERAS rule')).toHaveLength(5);
    expect(screen.getAllByText('Writing convention')).toHaveLength(1);
    expect(screen.getAllByText(/ERAS 2027 season/).length).toBeGreaterThan(0);
    // A convention holds in any year: no year is shown for it.
    expect(screen.getByText(/Common advice from program directors/)).not.toHaveTextContent('any');
  });

  it('refuses zero and fractions at the field, saving nothing', async () => {
    const { user, saveLimits, experiences, save } = await setup();
    await user.clear(experiences);
    await user.type(experiences, '0');
    await save();
    expect(await screen.findByText('Experiences on the application: must be at least 1')).toBeInTheDocument();
    await user.clear(experiences);
    await user.type(experiences, '2.5');
    await save();
    expect(await screen.findByText('Experiences on the application: use a whole number')).toBeInTheDocument();
    await user.clear(experiences);
    await user.type(experiences, '51');
    await save();
    expect(await screen.findByText('Experiences on the application: at most 50')).toBeInTheDocument();
    expect(saveLimits).not.toHaveBeenCalled();
  });

  it('saves only the limits that differ from the defaults', async () => {
    const { user, saveLimits, experiences, save } = await setup();
    await user.clear(experiences);
    await user.type(experiences, '8');
    await save();
    await waitFor(() => expect(saveLimits).toHaveBeenCalledWith({ limits: { experiences: 8 } }));
  });
});
