import { describe, expect, it, vi } from 'vitest';
import type { StoreNotice } from '../../../shared/ipc/app-info';
import { StoreNotices } from '../../../renderer/src/app/StoreNotices';
import { render, screen } from '../render';

const notices = vi.hoisted(() => ({ list: [] as StoreNotice[] }));
vi.mock('../../../renderer/src/app/app-info-context', () => ({
  useAppInfo: () => ({ info: { notices: notices.list } }),
}));

describe('StoreNotices', () => {
  it('keeps a notice’s line breaks, so a list of problems reads as a list, not one run-on line', () => {
    notices.list = [
      {
        kind: 'started-empty',
        title: 'Your data file was damaged and no backup could be used',
        message:
          'The file could not be read: parts of it are not in the form IR Match Planner expects.\n• file details: is missing\n• profile: should be a group of fields, not text\n\nThe app started with empty data.',
        path: '/data/ir-match-planner.corrupt-2030-06-10T23-45-06-007.json',
      },
    ];
    render(<StoreNotices />);
    const message = screen.getByText(/parts of it are not in the form/);
    expect(message).toHaveStyle({ whiteSpace: 'pre-line' });
    expect(message.textContent).toContain('expects.\n• file details: is missing\n• profile:');
    expect(screen.getByRole('alert')).toHaveTextContent('/data/ir-match-planner.corrupt-2030-06-10T23-45-06-007.json');
  });
});
