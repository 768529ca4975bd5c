import { Stack, Text, Title } from '@mantine/core';
import { BackupsCard } from './BackupsCard';
import { DataLocationCard } from './DataLocationCard';
import { ErasLimitsCard } from './ErasLimitsCard';
import { ExportImportCard } from './ExportImportCard';

export function SettingsPage() {
  return (
    <Stack>
      <div>
        <Title order={2}>Settings & data</Title>
        <Text c="dimmed" size="sm">
          Your data is one file on this computer. Nothing is sent anywhere.
        </Text>
      </div>
      <DataLocationCard />
      <ExportImportCard />
      <BackupsCard />
      <ErasLimitsCard />
    </Stack>
  );
}
