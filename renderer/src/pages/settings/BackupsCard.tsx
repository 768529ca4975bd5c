import { Alert, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { describeBackupContents } from '../../../../shared/backup-contents';
import { BACKUP_REASON_LABELS, DEFAULT_BACKUP_POLICY } from '../../../../shared/backup-policy';
import type { BackupInfo } from '../../../../shared/ipc/app-info';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useAppInfo } from '../../app/app-info-context';
import { UnsavedEditsNotice } from '../../app/UnsavedEditsNotice';
import { useApiQuery } from '../../app/use-api-query';
import { formatBackupSize } from './backup-size';

const loadBackups = async () => unwrap(await api()['backups:list']());
/** A restore would refuse it, so the row says why instead of offering it. */
const restorable = (backup: BackupInfo) => backup.contents.kind === 'data';
/** Several backups can share a second (a restore and the backup taken before it): the name says what each holds. */
const restoreLabel = (backup: BackupInfo) =>
  `Restore the backup taken ${new Date(backup.createdAt).toLocaleString()}, ${BACKUP_REASON_LABELS[backup.reason].toLowerCase()}: ${describeBackupContents(backup.contents)}`;

export function BackupsCard() {
  const { dataReplaced } = useAppInfo();
  const { data: backups, error, loading, reload } = useApiQuery(loadBackups);

  const restore = async (backup: BackupInfo) => {
    try {
      unwrap(await api()['backups:restore']({ name: backup.name }));
      await dataReplaced();
      notifySuccess('Backup restored. What you had before was backed up, so this can be undone.');
    } catch (caught) {
      notifyFailure(caught, 'The backup was not restored');
      await reload();
    }
  };

  const confirmRestore = (backup: BackupInfo) =>
    modals.openConfirmModal({
      title: 'Restore this backup?',
      children: (
        <Stack gap="sm">
          <UnsavedEditsNotice />
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Your data will go back to how it was on {new Date(backup.createdAt).toLocaleString()}:{' '}
            {describeBackupContents(backup.contents)}. What you have now is backed up first.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Restore', cancel: 'Cancel' },
      onConfirm: () => void restore(backup),
    });

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Backups</Title>
          <Button variant="subtle" size="xs" onClick={() => void reload()}>
            Refresh
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Kept automatically: a few from today, one for each of the last seven days you used the app, the newest from
          before a file format upgrade, and the last {DEFAULT_BACKUP_POLICY.keepUndo} taken before an import, a restore
          or the sample replaced your data.
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        {loading && !backups ? (
          <Loader size="sm" aria-label="Loading backups" />
        ) : backups && backups.length > 0 ? (
          <Table striped aria-label="Backups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Taken</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th>Holds</Table.Th>
                <Table.Th>Size</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => (
                <Table.Tr key={backup.name}>
                  <Table.Td>{new Date(backup.createdAt).toLocaleString()}</Table.Td>
                  <Table.Td>{BACKUP_REASON_LABELS[backup.reason]}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={restorable(backup) ? undefined : 'red'} style={{ overflowWrap: 'anywhere' }}>
                      {describeBackupContents(backup.contents)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBackupSize(backup.sizeBytes)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="light"
                      disabled={!restorable(backup)}
                      aria-label={restoreLabel(backup)}
                      onClick={() => confirmRestore(backup)}
                    >
                      Restore
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">No backups yet.</Text>
        )}
      </Stack>
    </Card>
  );
}
