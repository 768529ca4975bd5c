import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { identifiersInBackupText, type DocumentFinding } from '../../../../shared/document-identifiers';
import { formatCount } from '../../../../shared/format-count';
import type { ImportSummary } from '../../../../shared/ipc/app-info';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useAppInfo } from '../../app/app-info-context';
import { UnsavedEditsNotice } from '../../app/UnsavedEditsNotice';
import { downloadText } from '../../download';
import { PickFileButton } from '../../components/PickFileButton';
import { MAX_IMPORT_CHARS } from '../../../../shared/ipc/contract';
import { DataFindingsNotice } from './DataFindingsNotice';

export function ExportImportCard() {
  const { dataReplaced } = useAppInfo();
  const [importError, setImportError] = useState<string | null>(null);

  const exportBackup = async () => {
    try {
      const { fileName, json } = unwrap(await api()['data:export']());
      downloadText(fileName, json);
    } catch (error) {
      notifyFailure(error, 'The backup could not be exported');
    }
  };

  const replaceWith = async (json: string) => {
    try {
      unwrap(await api()['data:import']({ json }));
      await dataReplaced();
      notifySuccess('Backup imported. Your previous data was backed up first.');
    } catch (error) {
      setImportError(error instanceof Error ? error.message : String(error));
    }
  };

  const chooseFile = async (file: File) => {
    setImportError(null);
    if (file.size > MAX_IMPORT_CHARS) {
      setImportError(`“${file.name}” is larger than 50 MB, far larger than a backup of this app. Choose a backup you exported from it.`);
      return;
    }
    const json = await file.text();
    const preview = await api()['data:import-preview']({ json });
    if (!preview.ok) {
      setImportError(preview.error.message);
      return;
    }
    // A whole file never went through the save guard here: the user hears what it holds before deciding.
    const findings = identifiersInBackupText(json, new Date());
    modals.openConfirmModal({
      title: 'Replace your data with this backup?',
      // Room for the list of texts that may identify a patient.
      size: findings.length > 0 ? 'lg' : 'md',
      children: (
        <Stack gap="sm">
          <UnsavedEditsNotice />
          <ImportSummaryText fileName={file.name} summary={preview.value} findings={findings} />
        </Stack>
      ),
      labels: { confirm: findings.length > 0 ? 'Replace my data anyway' : 'Replace my data', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => void replaceWith(json),
    });
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={4}>Export and import</Title>
        <Text size="sm">
          Export a full backup to keep a copy somewhere safe (a USB stick, your own cloud folder). Importing one replaces
          what is here, after backing it up.
        </Text>
        <Group>
          <Button leftSection={<IconDownload size={16} />} onClick={() => void exportBackup()}>
            Export backup
          </Button>
          <PickFileButton onPick={(file) => void chooseFile(file)} accept="application/json,.json">
            {(props) => (
              <Button variant="light" leftSection={<IconUpload size={16} />} {...props}>
                Import backup…
              </Button>
            )}
          </PickFileButton>
        </Group>
        {importError && (
          <Alert color="red" title="Nothing was imported" role="alert" withCloseButton onClose={() => setImportError(null)}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {importError}
            </Text>
            <Text size="sm" mt="xs">
              Your data has not been changed.
            </Text>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function ImportSummaryText({ fileName, summary, findings }: { fileName: string; summary: ImportSummary; findings: readonly DocumentFinding[] }) {
  return (
    <Stack gap="xs" style={{ overflowWrap: 'anywhere' }}>
      <Text size="sm">
        <b>{fileName}</b> is a valid backup
        {summary.upgradedFrom !== null ? ` (from an older version, format ${summary.upgradedFrom}, and will be upgraded)` : ''}.
      </Text>
      <List size="sm">
        <List.Item>Applicant: {summary.applicantName ?? 'no profile yet'}</List.Item>
        {Object.entries(summary.counts)
          .filter(([name]) => name !== 'profile')
          .map(([name, count]) => (
            <List.Item key={name}>
              {name}: {formatCount(count)}
            </List.Item>
          ))}
      </List>
      <DataFindingsNotice findings={findings} />
      <Text size="sm">Your current data will be backed up first, so you can restore it from the list below.</Text>
    </Stack>
  );
}
