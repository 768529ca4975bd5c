import { describe, expect, it } from 'vitest';
import { formatBackupSize } from '../../../renderer/src/pages/settings/backup-size';

describe('formatBackupSize', () => {
  it('uses the unit a person reads at a glance', () => {
    expect(formatBackupSize(900)).toBe('900 B');
    expect(formatBackupSize(3_584)).toBe('3.5 KB');
    expect(formatBackupSize(524_288)).toBe('512 KB');
    expect(formatBackupSize(3_700_000)).toBe('3.5 MB');
    expect(formatBackupSize(46_015_181)).toBe('44 MB');
    expect(formatBackupSize(150 * 1024 * 1024)).toBe('150 MB');
  });
});
