import { Badge, Button, Card, Group, Slider, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconRefresh } from '@tabler/icons-react';
import {
  DEFAULT_WEIGHTS,
  SCORE_FACTOR_LABELS,
  SCORE_FACTORS,
  WEIGHT_MAX,
  WEIGHT_MIN,
  type RankingWeights,
} from '../../../../shared/programs/ranking-weights';
import type { SaveState } from './use-saved-weights';

const SAVE_STATE_BADGE: Record<SaveState, { label: string; color: string }> = {
  saved: { label: 'Saved', color: 'teal' },
  pending: { label: 'Unsaved changes', color: 'gray' },
  saving: { label: 'Saving…', color: 'blue' },
  failed: { label: 'Not saved', color: 'red' },
};

const isDefault = (weights: RankingWeights) => SCORE_FACTORS.every((f) => weights[f] === DEFAULT_WEIGHTS[f]);

interface WeightsCardProps {
  weights: RankingWeights;
  saveState: SaveState;
  onChange: (weights: RankingWeights) => void;
}

export function WeightsCard({ weights, saveState, onChange }: WeightsCardProps) {
  const badge = SAVE_STATE_BADGE[saveState];
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>Your weights</Title>
          <Badge
            variant="light"
            color={badge.color}
            leftSection={saveState === 'saved' ? <IconCheck size={12} /> : undefined}
            aria-live="polite"
            style={{ flexShrink: 0 }}
            data-testid="weights-save-state"
          >
            {badge.label}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          0 ignores a factor, 10 makes it count most. The ranking updates as you move a slider.
        </Text>
        <Stack gap={10}>
          {SCORE_FACTORS.map((factor) => (
            <div key={factor}>
              <Group justify="space-between" gap={4}>
                <Text size="sm" fw={500} id={`weight-${factor}`}>
                  {SCORE_FACTOR_LABELS[factor]}
                </Text>
                <Text size="sm" c="dimmed" aria-hidden>
                  {weights[factor]}
                </Text>
              </Group>
              <Slider
                min={WEIGHT_MIN}
                max={WEIGHT_MAX}
                step={1}
                value={weights[factor]}
                onChange={(value) => onChange({ ...weights, [factor]: value })}
                thumbLabel={`Weight for ${SCORE_FACTOR_LABELS[factor]}`}
                label={null}
                size="sm"
              />
            </div>
          ))}
        </Stack>
        <Group justify="flex-end">
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconRefresh size={14} />}
            disabled={isDefault(weights)}
            onClick={() => onChange({ ...DEFAULT_WEIGHTS })}
          >
            Reset to defaults
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
