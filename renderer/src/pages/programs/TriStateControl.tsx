import { Group, SegmentedControl, Text } from '@mantine/core';
import { useId } from 'react';
import type { TriState } from '../../../../shared/programs/program-schema';

const TRI_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Unknown' },
];

interface TriStateControlProps {
  label: string;
  value: TriState;
  onChange: (value: TriState) => void;
}

/** Yes, no or "not known yet": unknown is a real answer here, not a missing one. */
export function TriStateControl({ label, value, onChange }: TriStateControlProps) {
  const id = useId();
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm" id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} size="xs" data={TRI_OPTIONS} value={value} onChange={(next) => onChange(next as TriState)} />
    </Group>
  );
}
