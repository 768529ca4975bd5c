import { ActionIcon, Badge, Button, Card, Group, Spoiler, Stack, Text } from '@mantine/core';
import { IconCalendar, IconClock, IconMapPin, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { ERAS_EXPERIENCE_TYPE_LABELS, erasExperienceType } from '../../../../shared/exposure/eras-experience-type';
import { EXPERIENCE_KIND_LABELS, type Experience } from '../../../../shared/exposure/experience-schema';
import { hasStarted } from '../../../../shared/exposure/planned-experiences';
import type { ResearchOutput } from '../../../../shared/exposure/research-output-schema';
import { localToday } from '../../../../shared/local-today';
import { formatDateRange, formatHours } from './format';
import { ResearchOutputItem } from './ResearchOutputItem';

interface ExperienceCardProps {
  experience: Experience;
  outputs: readonly ResearchOutput[];
  /** Whether outputs can be added here (research-type experiences). */
  holdsOutputs: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onAddOutput: () => void;
  onEditOutput: (output: ResearchOutput) => void;
  onDeleteOutput: (output: ResearchOutput) => void;
}

export function ExperienceCard(props: ExperienceCardProps) {
  const { experience, outputs } = props;
  const place = [experience.organisation, [experience.city, experience.region].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' · ');
  // As on the Exposure dashboard: a planned experience's hours are intent, not yet counted.
  const planned = !hasStarted(experience, localToday());
  const hours = formatHours(experience);
  return (
    <Card withBorder padding="md" component="article" aria-label={experience.title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Badge variant="light">{EXPERIENCE_KIND_LABELS[experience.kind]}</Badge>
            {planned && (
              <Badge variant="light" color="orange">
                Planned
              </Badge>
            )}
            {experience.usBased && (
              <Badge variant="light" color="blue">
                US-based
              </Badge>
            )}
            {experience.irRelated && (
              <Badge variant="light" color="violet">
                IR-related
              </Badge>
            )}
            {experience.canWriteLetter && (
              <Badge variant="light" color="teal">
                Can write a letter
              </Badge>
            )}
          </Group>
          {/* A long unbroken title or place wraps inside the card instead of running past its edge. */}
          <Text fw={600} size="lg" lh={1.3} style={{ overflowWrap: 'anywhere' }}>
            {experience.title}
          </Text>
          {place && (
            <Group gap={6} c="dimmed" wrap="nowrap">
              <IconMapPin size={15} aria-hidden />
              <Text size="sm" miw={0} style={{ overflowWrap: 'anywhere' }}>
                {place}
              </Text>
            </Group>
          )}
          <Group gap="lg">
            <Group gap={6} c="dimmed" wrap="nowrap">
              <IconCalendar size={15} aria-hidden />
              <Text size="sm">{formatDateRange(experience)}</Text>
            </Group>
            <Group gap={6} c="dimmed" wrap="nowrap" aria-label="Hours">
              <IconClock size={15} aria-hidden />
              <Text size="sm">{planned && experience.hours.mode !== 'none' ? `${hours} planned, not counted until it starts` : hours}</Text>
            </Group>
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" aria-label={`Edit “${experience.title}”`} onClick={props.onEdit}>
            <IconPencil size={18} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`Delete “${experience.title}”`} onClick={props.onDelete}>
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      </Group>

      {experience.description && (
        <Spoiler maxHeight={66} showLabel="Show more" hideLabel="Show less" mt="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {experience.description}
          </Text>
        </Spoiler>
      )}

      <Group gap="xs" mt="sm" justify="space-between">
        <Group gap={6}>
          {experience.tags.map((tag) => (
            <Badge key={tag} size="sm" variant="dot" color="gray">
              {tag}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          ERAS: {ERAS_EXPERIENCE_TYPE_LABELS[erasExperienceType(experience.kind)]}
          {experience.supervisor ? ` · Supervisor: ${experience.supervisor}` : ''}
        </Text>
      </Group>

      {(outputs.length > 0 || props.holdsOutputs) && (
        <Stack gap="xs" mt="md">
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              Research outputs
            </Text>
            <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={props.onAddOutput}>
              Add output
            </Button>
          </Group>
          {outputs.length === 0 ? (
            <Text size="sm" c="dimmed">
              No abstracts, posters or papers from this project yet.
            </Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} aria-label={`Outputs of ${experience.title}`}>
              {outputs.map((output) => (
                <ResearchOutputItem
                  key={output.id}
                  output={output}
                  onEdit={() => props.onEditOutput(output)}
                  onDelete={() => props.onDeleteOutput(output)}
                />
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Card>
  );
}
