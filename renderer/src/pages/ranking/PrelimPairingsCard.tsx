import { Alert, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { PROGRAM_STATUS_LABELS, type Program } from '../../../../shared/programs/program-schema';
import { prelimPairing } from '../../../../shared/programs/signal-usage';

const KIND_LABEL = { preliminary: 'Preliminary year', transitional: 'Transitional year' } as const;

/**
 * Programs whose IR positions start at PGY-2 and the first-year applications paired with
 * them. Read-only: the program editor is where they are added.
 */
export function PrelimPairingsCard({ programs }: { programs: readonly Program[] }) {
  const advanced = programs.map((program) => ({ program, pairing: prelimPairing(program) })).filter((x) => x.pairing !== null);
  if (advanced.length === 0) return null;

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={4}>Programs that start at PGY-2</Title>
        <Text size="sm" c="dimmed">
          These programs begin after a separate first year, so you also need to match into a preliminary or transitional
          program. Add those applications on the program’s page under Programs.
        </Text>
        {advanced.map(({ program, pairing }) => (
          <Stack key={program.id} gap={4} data-testid="prelim-pairing">
            <Text fw={500} size="sm">
              {program.name}
            </Text>
            {pairing!.missing && (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} py={6}>
                No active preliminary or transitional application is tracked for this program.
              </Alert>
            )}
            {pairing!.applications.length > 0 && (
              <List size="sm" spacing={2}>
                {pairing!.applications.map((application) => (
                  <List.Item key={application.id}>
                    <Group gap={6}>
                      <Text size="sm">{application.program}</Text>
                      <Badge size="xs" variant="light">
                        {KIND_LABEL[application.kind]}
                      </Badge>
                      <Badge size="xs" variant="outline" color="gray">
                        {PROGRAM_STATUS_LABELS[application.status]}
                      </Badge>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
