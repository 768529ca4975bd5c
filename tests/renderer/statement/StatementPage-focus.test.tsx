import { ModalsProvider } from '@mantine/modals';
import { notifications, Notifications } from '@mantine/notifications';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import { emptyExposureCollections } from '../../../shared/exposure/exposure-collections';
import { emptyShortlist } from '../../../shared/programs/empty-shortlist';
import { PROMPT_LIBRARY } from '../../../shared/statement/prompt-library';
import { emptyStatement, type TalkingPoint, type TalkingPointInput } from '../../../shared/statement/statement-schema';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { discardKeptEdits } from '../../../renderer/src/app/edit-keeper';
import { StatementPage } from '../../../renderer/src/pages/statement/StatementPage';
import { render } from '../render';

const EXISTING: TalkingPoint = { id: 'tp-existing', text: 'Clinic showed me IR is longitudinal care.', promptId: null, evidence: [], strength: 'solid' };

/** The channels the page reads and the one that saves a point, over talking points the test can see. */
function stubApi() {
  const stored = { talkingPoints: [EXISTING] };
  let next = 0;
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'statement:get': async () => ({ ok: true as const, value: { ...emptyStatement(), talkingPoints: stored.talkingPoints } }),
    'exposure:get': async () => ({ ok: true as const, value: emptyExposureCollections() }),
    'profile:get': async () => ({ ok: true as const, value: null }),
    'shortlist:get': async () => ({ ok: true as const, value: emptyShortlist() }),
    'statement:save-point': async ({ id, point }: { id?: string; point: TalkingPointInput }) => {
      next += 1;
      const saved = { ...point, id: id ?? `tp-new-${next}` };
      stored.talkingPoints = id ? stored.talkingPoints.map((item) => (item.id === id ? saved : item)) : [...stored.talkingPoints, saved];
      return { ok: true as const, value: saved };
    },
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
  act(() => notifications.clean());
  discardKeptEdits();
});

async function setup() {
  stubApi();
  const user = userEvent.setup({ delay: null });
  render(
    <AppInfoProvider>
      <Notifications />
      <ModalsProvider>
        <StatementPage />
      </ModalsProvider>
    </AppInfoProvider>,
  );
  await screen.findByRole('heading', { name: 'Personal statement' });
  const writePoint = async (text: string) => {
    const form = await screen.findByRole('form', { name: /talking point$/ });
    const field = within(form).getByRole('textbox', { name: 'Talking point' });
    await user.clear(field);
    await user.type(field, text);
    await user.click(within(form).getByRole('button', { name: 'Save talking point' }));
  };
  return { user, writePoint };
}

const libraryPrompt = PROMPT_LIBRARY[0]!;

describe('StatementPage: focus after saving a talking point', { timeout: 30_000 }, () => {
  it('puts focus on the new point when it was started from a prompt, whose button has gone with the Prompts tab', async () => {
    const { user, writePoint } = await setup();
    await user.click(screen.getByRole('button', { name: `Answer: ${libraryPrompt.text}` }));
    await writePoint('Seeing a TIPS done changed how I think about liver disease.');

    const point = await screen.findByRole('listitem', { name: 'Seeing a TIPS done changed how I think about liver disease.' });
    await waitFor(() => expect(point).toHaveFocus());
    expect(screen.getByRole('tab', { name: /Talking points/ })).toHaveAttribute('aria-selected', 'true');
    // And stays there once the dialog has finished closing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(point).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('puts focus on the new point when it was added from the Talking points tab too', async () => {
    const { user, writePoint } = await setup();
    await user.click(screen.getByRole('tab', { name: /Talking points/ }));
    await user.click(screen.getByRole('button', { name: 'Add talking point' }));
    await writePoint('My path as an IMG.');
    const point = await screen.findByRole('listitem', { name: 'My path as an IMG.' });
    await waitFor(() => expect(point).toHaveFocus());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(point).toHaveFocus();
  });

  it('puts focus on an edited point', async () => {
    const { user, writePoint } = await setup();
    await user.click(screen.getByRole('tab', { name: /Talking points/ }));
    await user.click(screen.getByRole('button', { name: `Edit ${EXISTING.text}` }));
    await writePoint('Clinic showed me IR follows patients over time.');
    const point = await screen.findByRole('listitem', { name: 'Clinic showed me IR follows patients over time.' });
    await waitFor(() => expect(point).toHaveFocus());
  });
});
