import { Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import type { TriState } from '../../../../shared/programs/program-schema';
import type { ProgramForm } from './program-form-context';
import { TriStateControl } from './TriStateControl';

const RATING_OPTIONS = [{ value: 'unknown', label: 'Not rated' }, ...['0', '1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))];

function RatingControl({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} size="xs" data={RATING_OPTIONS} value={value} onChange={onChange} w="fit-content" />
    </Stack>
  );
}

/** IMG-friendliness, the pace of the service and the applicant's own view. */
export function FitSection({ form }: { form: ProgramForm }) {
  const { values } = form;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          IMG-friendliness
        </Text>
        <NumberInput
          label="Current IMG residents"
          placeholder="Unknown"
          hideControls
          maw={200}
          {...form.getInputProps('imgFriendliness.currentImgResidents')}
        />
        <TriStateControl
          label="IMGs interviewed or matched recently"
          value={values.imgFriendliness.imgsInterviewedOrMatchedRecently}
          onChange={(next) => form.setFieldValue('imgFriendliness.imgsInterviewedOrMatchedRecently', next)}
        />
        <TriStateControl
          label="US clinical experience required"
          value={values.imgFriendliness.usceRequired}
          onChange={(next) => form.setFieldValue('imgFriendliness.usceRequired', next)}
        />
        <TriStateControl
          label="The service has slow days with few cases"
          value={values.serviceSlow}
          onChange={(next: TriState) => form.setFieldValue('serviceSlow', next)}
        />
      </Stack>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Your view
        </Text>
        <Group gap="xl" align="flex-start">
          <RatingControl label="Your rating (0–5)" value={values.personalRating} onChange={(v) => form.setFieldValue('personalRating', v)} />
          <RatingControl
            label="Location preference (0–5)"
            value={values.locationPreference}
            onChange={(v) => form.setFieldValue('locationPreference', v)}
          />
        </Group>
        <Textarea label="Notes" autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
      </Stack>
    </SimpleGrid>
  );
}
