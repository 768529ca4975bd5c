import { Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconTargetArrow } from '@tabler/icons-react';
import type { ExposureGap } from '../../../../shared/exposure/exposure-gaps';

/** The named gaps with their advice; for an empty log these say what to log first. */
export function GapsList({ gaps }: { gaps: readonly ExposureGap[] }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label="What to work on next">
      <Text fw={650} mb="sm">
        What to work on next
      </Text>
      {gaps.length === 0 ? (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm">No gaps stand out: your log shows range, advanced work, US experience, a letter writer and research.</Text>
        </Group>
      ) : (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Exposure gaps">
          {gaps.map((gap) => (
            <Group component="li" key={gap.id} align="flex-start" wrap="nowrap" gap="sm">
              <ThemeIcon variant="light" color="orange" radius="xl" size="md" aria-hidden>
                <IconTargetArrow size={16} />
              </ThemeIcon>
              <div>
                <Text size="sm" fw={600}>
                  {gap.title}
                </Text>
                <Text size="sm" c="dimmed">
                  {gap.detail}
                </Text>
                {gap.planned && (
                  // Encouragement only: the gap stays listed until the experience starts.
                  <Text size="sm" c="teal.8" mt={2}>
                    {gap.planned}
                  </Text>
                )}
              </div>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
