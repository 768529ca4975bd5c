import { ModalsProvider } from '@mantine/modals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import type { BackupInfo } from '../../../shared/ipc/app-info';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { BackupsCard } from '../../../renderer/src/pages/settings/BackupsCard';
import { render } from '../render';

const counts = (cases: number, programs: number, experiences = 0) => ({
  profile: 1,
  experiences,
  'research outputs': 0,
  'logged procedures': cases,
  programs,
  'talking points': 0,
  'words in the statement draft': 0,
  'ERAS entries': 0,
});

const BACKUPS: BackupInfo[] = [
  {
    name: 'backup-2030-06-15T12-05-00-000Z-pre-restore-00000000000a.json',
    createdAt: '2030-06-15T12:05:00.000Z',
    reason: 'pre-restore',
    sizeBytes: 3_700_000,
    contents: { kind: 'data', applicantName: 'Priya S.', sample: false, ownData: true, counts: counts(152, 12) },
  },
  {
    name: 'backup-2030-06-15T12-04-00-000Z-pre-restore-00000000000b.json',
    createdAt: '2030-06-15T12:04:00.000Z',
    reason: 'pre-restore',
    sizeBytes: 900_000,
    contents: { kind: 'data', applicantName: 'Maya Castellano (sample)', sample: true, ownData: false, counts: counts(1, 1, 4) },
  },
  {
    name: 'backup-2030-06-15T12-03-00-000Z-pre-restore.json',
    createdAt: '2030-06-15T12:03:00.000Z',
    reason: 'pre-restore',
    sizeBytes: 40,
    contents: { kind: 'damaged', message: 'The file is not valid JSON; it may be damaged or cut short.' },
  },
  {
    name: 'backup-2030-06-15T12-00-00-000Z-start-00000000000c.json',
    createdAt: '2030-06-15T12:00:00.000Z',
    reason: 'start',
    sizeBytes: 900,
    contents: { kind: 'data', applicantName: null, sample: false, ownData: false, counts: counts(0, 0) },
  },
];

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
});

function openCard() {
  const restore = vi.fn(async ({ name }: { name: string }) => ({ ok: true as const, value: BACKUPS.find((b) => b.name === name)! }));
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'backups:list': async () => ({ ok: true as const, value: BACKUPS }),
    'backups:restore': restore,
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
  render(
    <ModalsProvider>
      <AppInfoProvider>
        <BackupsCard />
      </AppInfoProvider>
    </ModalsProvider>,
  );
  return restore;
}

const rowFor = async (text: string) => (await screen.findByText(text)).closest('tr')!;

describe('BackupsCard', { timeout: 30_000 }, () => {
  it('says whose data each backup holds, so rows of the same reason can be told apart', async () => {
    openCard();
    await rowFor('Priya S. · 152 cases · 12 programs');
    expect(screen.getByText('Maya Castellano (sample) · 1 case · 1 program · 4 experiences')).toBeInTheDocument();
    expect(screen.getByText('Empty: nothing entered yet')).toBeInTheDocument();
    expect(screen.getAllByText('Before restoring a backup')).toHaveLength(3);
  });

  it('says a damaged backup is damaged and does not offer to restore it', async () => {
    openCard();
    const damaged = await rowFor('Damaged: The file is not valid JSON; it may be damaged or cut short.');
    expect(within(damaged).getByRole('button', { name: /^Restore/ })).toBeDisabled();
    const own = await rowFor('Priya S. · 152 cases · 12 programs');
    expect(within(own).getByRole('button', { name: /^Restore/ })).toBeEnabled();
  });

  it('names each Restore button by what its backup holds, and writes sizes in KB or MB', async () => {
    openCard();
    const own = await rowFor('Priya S. · 152 cases · 12 programs');
    expect(within(own).getByRole('button', { name: /before restoring a backup: Priya S\. · 152 cases · 12 programs$/ })).toBeEnabled();
    expect(own).toHaveTextContent('3.5 MB');
    const sample = await rowFor('Maya Castellano (sample) · 1 case · 1 program · 4 experiences');
    expect(within(sample).getByRole('button', { name: /: Maya Castellano \(sample\)/ })).toBeEnabled();
    expect(sample).toHaveTextContent('879 KB');
  });

  it('names what the backup holds in the confirmation, and restores only after it', async () => {
    const restore = openCard();
    const user = userEvent.setup({ delay: null });
    const own = await rowFor('Priya S. · 152 cases · 12 programs');
    await user.click(within(own).getByRole('button', { name: /^Restore/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent('Priya S. · 152 cases · 12 programs');
    expect(dialog).toHaveTextContent('What you have now is backed up first.');
    expect(restore).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(restore).toHaveBeenCalledWith({ name: BACKUPS[0]!.name });
  });
});
