import { Button, Card, Code, Stack, Text, Title } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { api, notifyFailure, unwrap } from '../../api';
import { useAppInfo } from '../../app/app-info-context';

export function DataLocationCard() {
  const { info } = useAppInfo();
  if (!info) return null;
  const openFolder = async () => {
    try {
      unwrap(await api()['app:open-data-folder']());
    } catch (error) {
      notifyFailure(error, 'The folder could not be opened');
    }
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="xs">
        <Title order={4}>Where your data lives</Title>
        <Text size="sm">Data file</Text>
        <Code block data-testid="data-file-path">{info.dataFile}</Code>
        <Text size="sm">Automatic backups (on start, and after changes at most every few minutes)</Text>
        <Code block>{info.backupsDir}</Code>
        {info.canOpenDataFolder && (
          <Button variant="light" leftSection={<IconFolderOpen size={16} />} w="fit-content" onClick={() => void openFolder()}>
            Open data folder
          </Button>
        )}
        <Text size="xs" c="dimmed">
          App version {info.version} · file format {info.schemaVersion}
        </Text>
      </Stack>
    </Card>
  );
}
