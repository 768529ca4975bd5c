import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconFlask } from '@tabler/icons-react';
import { api, notifyFailure, notifySuccess, unwrap } from '../api';
import { useAppInfo } from './app-info-context';
import { focusPageHeadingWhileSettling } from './focus-page-heading';
import { UnsavedEditsNotice } from './UnsavedEditsNotice';

export function SampleBanner() {
  const { info, dataReplaced } = useAppInfo();
  if (!info?.isSample) return null;

  const confirmClear = () =>
    modals.openConfirmModal({
      title: 'Clear the sample applicant?',
      children: (
        <Stack gap="sm">
          <UnsavedEditsNotice />
          <Text size="sm">
            This removes the sample data. Entries of your own that it replaced come back; otherwise the app starts empty.
            A backup of the sample is kept in case you want it back.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Clear sample', cancel: 'Keep exploring' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          const { restoredOwnData } = unwrap(await api()['sample:clear']());
          await dataReplaced();
          // This banner and its button are gone: the page's heading takes the focus.
          focusPageHeadingWhileSettling();
          notifySuccess(restoredOwnData ? 'Sample cleared. Your own entries are back.' : 'Sample cleared. The app is ready for your own data.');
        } catch (error) {
          notifyFailure(error);
        }
      },
    });

  return (
    <Alert color="grape" icon={<IconFlask />} variant="light">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">You are exploring a fictional sample applicant. Nothing here is real.</Text>
        <Button size="xs" variant="white" color="grape" onClick={confirmClear}>
          Clear sample
        </Button>
      </Group>
    </Alert>
  );
}
