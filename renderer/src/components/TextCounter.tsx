import { Text } from '@mantine/core';
import type { TextMeasure } from '../../../shared/statement/text-counts';
import { formatCount } from '../../../shared/format-count';

const COLORS = { empty: 'dimmed', under: 'dimmed', near: 'orange', over: 'red' } as const;

/**
 * A live count against a limit. Over the limit it says by how much; the text itself
 * is never cut.
 */
export function TextCounter({ measure, unit, label }: { measure: TextMeasure; unit: 'characters' | 'words'; label: string }) {
  const over = measure.status === 'over';
  return (
    <Text size="xs" c={COLORS[measure.status]} fw={over ? 700 : 400} aria-label={label} aria-live="polite">
      {formatCount(measure.count)} / {formatCount(measure.limit)} {unit}
      {over ? ` — ${formatCount(measure.overBy)} over` : ''}
    </Text>
  );
}
