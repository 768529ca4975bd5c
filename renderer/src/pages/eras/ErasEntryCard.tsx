import { ActionIcon, Badge, Card, Checkbox, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import type { Ref } from 'react';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { ERAS_EXPERIENCE_TYPE_LABELS, erasExperienceType } from '../../../../shared/exposure/eras-experience-type';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import { hasStarted } from '../../../../shared/exposure/planned-experiences';
import { monthYear } from '../../../../shared/month-year';
import { erasDates, erasEntryText, measureErasField } from '../../../../shared/statement/eras-entry-text';
import type { Limits } from '../../../../shared/statement/eras-limits';
import { toErasPlainText } from '../../../../shared/statement/eras-plain-text';
import type { ErasEntry } from '../../../../shared/statement/statement-schema';
import { TextCounter } from '../../components/TextCounter';
import { CopyEntryButton } from './CopyEntryButton';
import { PlainTextPanel } from './PlainTextPanel';

interface ErasEntryCardProps {
  position: number;
  count: number;
  experience: Experience;
  entry: ErasEntry;
  limits: Limits;
  /** False when the most-meaningful limit is reached by other entries. */
  canMarkMeaningful: boolean;
  /** Talking points in the statement outline that tell this entry's story again (their labels). */
  toldInStatement: readonly string[];
  /** The statement's talking points, as options for the one a reflection tells. */
  pointOptions: readonly { value: string; label: string }[];
  onChange: (entry: ErasEntry) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  /** The entry's heading, which takes focus when the entry is added or the one before it removed. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** YYYY-MM-DD: an experience starting after it is planned. */
  today: string;
}

export function ErasEntryCard({ position, count, experience, entry, limits, canMarkMeaningful, toldInStatement, pointOptions, onChange, onMove, onRemove, headingRef, today }: ErasEntryCardProps) {
  const description = toErasPlainText(entry.description);
  const reflection = toErasPlainText(entry.reflection);
  const name = experience.title;
  const planned = !hasStarted(experience, today);
  return (
    <Card withBorder component="li" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <Text component="h3" fw={600} m={0} ref={headingRef} tabIndex={-1}>
            {position}. {name}
          </Text>
          <Text size="sm" c="dimmed">
            {[experience.organisation, erasDates(experience)].filter(Boolean).join(' · ')}
          </Text>
          <Group gap={6} mt={4}>
            <Badge variant="light" size="sm">
              ERAS: {ERAS_EXPERIENCE_TYPE_LABELS[erasExperienceType(experience.kind)]}
            </Badge>
            {planned ? (
              <Badge color="orange" variant="light" size="sm">
                Planned
              </Badge>
            ) : null}
            {entry.mostMeaningful ? (
              <Badge color="grape" size="sm">
                Most meaningful
              </Badge>
            ) : null}
          </Group>
        </div>
        <Group gap={4} wrap="nowrap">
          <CopyEntryButton text={erasEntryText(experience, entry, today)} name={name} />
          <ActionIcon variant="subtle" aria-label={`Move ${name} up`} disabled={position === 1} onClick={() => onMove(-1)}>
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={`Move ${name} down`} disabled={position === count} onClick={() => onMove(1)}>
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`Remove ${name} from ERAS`} onClick={onRemove}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
      </Group>
      {planned ? (
        <Text size="sm" c="orange.8" mb="xs">
          This starts in {monthYear(experience.startDate)} and has not happened yet. Say in the description that it is upcoming, as readers take every entry as done. Its hours are left out of the copied text until it starts.
        </Text>
      ) : null}
      <Stack gap="xs">
        <Textarea label={`Description of ${name}`} autosize minRows={3} value={entry.description} onChange={(event) => onChange({ ...entry, description: event.currentTarget.value })} />
        <TextCounter measure={measureErasField(entry.description, limits.descriptionChars)} unit="characters" label={`Description length of ${name}`} />
        <PlainTextPanel result={description} field={`description of ${name}`} onUse={(text) => onChange({ ...entry, description: text })} />
        <Checkbox
          label="Most meaningful"
          description={canMarkMeaningful || entry.mostMeaningful ? `Up to ${limits.mostMeaningful}, each with a short reflection` : `Already ${limits.mostMeaningful} marked: unmark one first`}
          checked={entry.mostMeaningful}
          disabled={!canMarkMeaningful && !entry.mostMeaningful}
          onChange={(event) => onChange({ ...entry, mostMeaningful: event.currentTarget.checked })}
          aria-label={`Most meaningful: ${name}`}
        />
        {entry.mostMeaningful ? (
          <>
            <Textarea label={`Why ${name} was most meaningful`} autosize minRows={2} value={entry.reflection} onChange={(event) => onChange({ ...entry, reflection: event.currentTarget.value })} />
            <TextCounter measure={measureErasField(entry.reflection, limits.reflectionChars)} unit="characters" label={`Reflection length of ${name}`} />
            <PlainTextPanel result={reflection} field={`reflection on ${name}`} onUse={(text) => onChange({ ...entry, reflection: text })} />
            <Select
              label={`Talking point the reflection on ${name} tells`}
              description="Optional. Lets the app tell you when the same story is also in your statement."
              placeholder={pointOptions.length === 0 ? 'No talking points written yet' : 'None chosen'}
              data={pointOptions}
              value={entry.talkingPointId}
              onChange={(talkingPointId) => onChange({ ...entry, talkingPointId })}
              disabled={pointOptions.length === 0}
              clearable
              searchable
            />
          </>
        ) : null}
        {toldInStatement.length > 0 ? (
          <Text size="xs" c="grape">
            Also told in your statement outline: {toldInStatement.map((label) => `“${label}”`).join('; ')}. Consider telling a different story here.
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
