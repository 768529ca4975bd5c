import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { EXPERIENCE_KIND_LABELS, type Experience } from '../../../../shared/exposure/experience-schema';
import type { ExperienceSuggestion } from '../../../../shared/statement/eras-suggestion';
import { ShowMoreButton, useShowMore } from '../../components/show-more';

/** The best suggestions first; ERAS takes ten experiences, so a few more than that is plenty to choose from. */
const FIRST_SHOWN = 15;

interface SuggestionsCardProps {
  suggestions: readonly ExperienceSuggestion[];
  experiences: ReadonlyMap<string, Experience>;
  full: boolean;
  limit: number;
  onAdd: (experienceId: string) => void;
}

/** The tracker's experiences not yet on the list, IR-related, US-based and recent ones first, planned ones last. */
export function SuggestionsCard({ suggestions, experiences, full, limit, onAdd }: SuggestionsCardProps) {
  const { shown, hidden, showAll } = useShowMore(suggestions, FIRST_SHOWN);
  return (
    <Card withBorder>
      <Title order={4}>Suggested from your tracker</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {full ? `You have chosen ${limit}, the most ERAS takes. Remove one to add another.` : 'IR-related, US-based and recent experiences first; planned ones, not started yet, last.'}
      </Text>
      {suggestions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {experiences.size === 0
            ? 'No experiences logged yet: add them under Experiences and they are suggested here.'
            : 'Every experience in your tracker is already on the list.'}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Suggested experiences">
          {shown.map((suggestion) => {
            const experience = experiences.get(suggestion.experienceId);
            if (!experience) return null;
            return (
              <Group component="li" key={suggestion.experienceId} justify="space-between" wrap="nowrap" aria-label={experience.title}>
                <div>
                  <Text size="sm" fw={500}>
                    {experience.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {EXPERIENCE_KIND_LABELS[experience.kind]} · {suggestion.reasons.join(', ') || 'no IR link, not recent'}
                  </Text>
                </div>
                <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} disabled={full} onClick={() => onAdd(suggestion.experienceId)} aria-label={`Add ${experience.title} to ERAS`}>
                  Add
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
      <ShowMoreButton hidden={hidden} onClick={showAll}>
        Show {hidden} more {hidden === 1 ? 'suggestion' : 'suggestions'}
      </ShowMoreButton>
    </Card>
  );
}
