import { notifications, Notifications } from '@mantine/notifications';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import type { LimitOverrides } from '../../../shared/statement/eras-limits';
import { emptyStatement } from '../../../shared/statement/statement-schema';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { ErasLimitsCard } from '../../../renderer/src/pages/settings/ErasLimitsCard';
import { render } from '../render';

/** Just the channels the card calls, over saved limits; the rest of window.api is never reached. */
function stubApi(saved: LimitOverrides) {
  let stored = saved;
  const saveLimits = vi.fn(async ({ limits }: { limits: LimitOverrides }) => {
    stored = limits;
    return { ok: true as const, value: limits };
  });
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'statement:get': async () => ({ ok: true as const, value: { ...emptyStatement(), limits: stored } }),
    'statement:save-limits': saveLimits,
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
  return saveLimits;
}

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
  act(() => notifications.clean());
});

async function setup(saved: LimitOverrides = {}) {
  const saveLimits = stubApi(saved);
  const user = userEvent.setup({ delay: null });
  render(
    <AppInfoProvider>
      <Notifications />
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

  it('refuses a negative number in words and keeps the minus sign on screen', async () => {
    const { user, saveLimits, experiences, save } = await setup();
    await user.clear(experiences);
    await user.type(experiences, '-5');
    expect(experiences).toHaveValue('-5');
    await save();
    expect(await screen.findByText('Experiences on the application: cannot be negative; enter a whole number of at least 1')).toBeInTheDocument();
    expect(saveLimits).not.toHaveBeenCalled();
    expect(screen.queryByText('Limits saved')).not.toBeInTheDocument();
  });

  it('refuses more most meaningful experiences than experiences on the application', async () => {
    const { user, saveLimits, experiences, save } = await setup();
    await user.clear(experiences);
    await user.type(experiences, '1');
    await save();
    expect(
      await screen.findByText('"Most meaningful" experiences: 3 is more than the 1 experience on the application; only listed experiences can be marked'),
    ).toBeInTheDocument();
    expect(saveLimits).not.toHaveBeenCalled();

    const meaningful = screen.getByRole('textbox', { name: '"Most meaningful" experiences' });
    await user.clear(meaningful);
    await user.type(meaningful, '1');
    await save();
    await waitFor(() => expect(saveLimits).toHaveBeenCalledWith({ limits: { experiences: 1, mostMeaningful: 1 } }));
  });

  it('resets to the defaults at once and offers Undo, which puts the saved limits back', async () => {
    const { user, saveLimits } = await setup({ experiences: 8, descriptionChars: 600 });
    expect(await screen.findByRole('textbox', { name: 'Experiences on the application' })).toHaveValue('8');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(saveLimits).toHaveBeenLastCalledWith({ limits: {} }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Experiences on the application' })).toHaveValue('10'));
    expect(screen.getByText('Limits reset to the ERAS defaults')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(saveLimits).toHaveBeenLastCalledWith({ limits: { experiences: 8, descriptionChars: 600 } }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Experiences on the application' })).toHaveValue('8'));
    expect(screen.getByRole('textbox', { name: 'Characters per experience description' })).toHaveValue('600');
  });

  it('has nothing to reset at the defaults, and puts typed changes back with Undo', async () => {
    const { user, saveLimits, experiences } = await setup();
    const reset = screen.getByRole('button', { name: 'Reset to defaults' });
    expect(reset).toBeDisabled();
    await user.clear(experiences);
    await user.type(experiences, '7');
    await user.click(reset);
    expect(experiences).toHaveValue('10');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(experiences).toHaveValue('7'));
    expect(saveLimits).not.toHaveBeenCalled();
  });
});
