import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import type { PersonalPrompt } from '../../../../shared/statement/personal-prompts';
import { STRENGTH_LABELS, type Strength, type TalkingPoint } from '../../../../shared/statement/statement-schema';
import { isUnsupported, logIds, storiesUsedTwice } from '../../../../shared/statement/talking-point-rules';
import { evidenceInWords } from './evidence-options';
import type { Workspace } from './load-workspace';
import { promptText } from './TalkingPointForm';

const STRENGTH_COLORS: Record<Strength, string> = { weak: 'gray', solid: 'blue', strong: 'teal' };

interface TalkingPointsTabProps {
  workspace: Workspace;
  prompts: readonly PersonalPrompt[];
  onAdd: () => void;
  onEdit: (point: TalkingPoint) => void;
  onDelete: (point: TalkingPoint) => void;
}

/**
 * Where focus goes once a talking point is saved: its item in the list inside `container`, or the
 * list's heading while the item is not there.
 */
export function talkingPointToFocus(container: HTMLElement | null, pointId: string): HTMLElement | null {
  return container?.querySelector<HTMLElement>(`li[data-point-id="${CSS.escape(pointId)}"]`) ?? container?.querySelector<HTMLElement>('[data-points-heading]') ?? null;
}

export function TalkingPointsTab({ workspace, prompts, onAdd, onEdit, onDelete }: TalkingPointsTabProps) {
  const { statement } = workspace;
  const ids = useMemo(() => logIds(workspace), [workspace]);
  const reuses = useMemo(() => storiesUsedTwice(statement.talkingPoints, statement.outline, statement.erasEntries), [statement]);
  const titles = new Map(workspace.experiences.map((experience) => [experience.id, experience.title]));
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4} ref={heading} tabIndex={-1} data-points-heading>
            Talking points
          </Title>
          <Text size="sm" c="dimmed">
            The ideas your statement and interviews rest on, each tied to evidence from your log.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
          Add talking point
        </Button>
      </Group>
      {statement.talkingPoints.length === 0 ? (
        <Text c="dimmed" size="sm">
          No talking points yet. Start from a prompt: each one you answer becomes a point here.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Talking points">
          {statement.talkingPoints.map((point) => {
            const answers = promptText(point, prompts);
            const reused = reuses.filter((reuse) => reuse.talkingPointId === point.id);
            return (
              <Card component="li" key={point.id} withBorder padding="sm" aria-label={point.text} tabIndex={-1} data-point-id={point.id}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4}>
                    <Text size="sm" fw={500}>
                      {point.text}
                    </Text>
                    {answers ? (
                      <Text size="xs" c="dimmed">
                        Answers: {answers}
                      </Text>
                    ) : null}
                    <Text size="xs" c="dimmed">
                      Evidence: {evidenceInWords(point.evidence, workspace)}
                    </Text>
                    <Group gap={6}>
                      <Badge color={STRENGTH_COLORS[point.strength]} variant="light" size="sm">
                        {STRENGTH_LABELS[point.strength]}
                      </Badge>
                      {isUnsupported(point, ids) ? (
                        <Badge color="yellow" size="sm" title="Link the experience or case this point comes from">
                          Unsupported: no evidence from your log
                        </Badge>
                      ) : null}
                      {reused.map((reuse) => (
                        <Badge key={reuse.experienceId} color="grape" variant="outline" size="sm">
                          Also told in the ERAS reflection for {titles.get(reuse.experienceId) ?? 'an experience'}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={`Edit ${point.text}`} onClick={() => onEdit(point)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${point.text}`}
                      onClick={() => {
                        // The point goes from the list: focus leaves it first, so it does not fall to the top of the page.
                        heading.current?.focus();
                        onDelete(point);
                      }}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}
