import { Box, Group, Text } from '@mantine/core';
import { RESEARCH_STATUS_LABELS, RESEARCH_STATUSES, type ResearchStatus } from '../../../../shared/exposure/research-output-schema';

/** Five small segments, one per stage from idea to published, filled up to the current one. */
export function ResearchStatusProgress({ status }: { status: ResearchStatus }) {
  const reached = RESEARCH_STATUSES.indexOf(status);
  const label = RESEARCH_STATUS_LABELS[status];
  return (
    <Group gap={8} wrap="nowrap" aria-label={`Status: ${label} (stage ${reached + 1} of ${RESEARCH_STATUSES.length})`} role="img">
      <Group gap={3} wrap="nowrap" aria-hidden>
        {RESEARCH_STATUSES.map((stage, index) => (
          <Box
            key={stage}
            title={RESEARCH_STATUS_LABELS[stage]}
            w={18}
            h={6}
            bg={index <= reached ? (status === 'published' ? 'teal.6' : 'indigo.5') : 'gray.3'}
            style={{ borderRadius: 3 }}
          />
        ))}
      </Group>
      <Text size="xs" fw={600} c={status === 'published' ? 'teal.7' : 'indigo.7'} aria-hidden>
        {label}
      </Text>
    </Group>
  );
}
