import { Badge, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_LIMITS, LIMIT_DEFINITIONS, limitOverridesSchema, overridesFrom, resolveLimits, type LimitKey, type Limits } from '../../../../shared/statement/eras-limits';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { useApiQuery } from '../../app/use-api-query';
import { formatCount } from '../../../../shared/format-count';

const loadLimits = async () => resolveLimits(unwrap(await api()['statement:get']()).limits);

type Values = Record<LimitKey, number | string>;

function LimitsForm({ saved, onSaved }: { saved: Limits; onSaved: () => Promise<void> }) {
  const [values, setValues] = useState<Values>(saved);
  const [errors, setErrors] = useState<Partial<Record<LimitKey, string>>>({});
  const [saving, setSaving] = useState(false);
  const dirty = LIMIT_DEFINITIONS.some((limit) => values[limit.key] !== saved[limit.key]);
  useUnsavedChanges('the ERAS limits', dirty);

  const store = async (limits: Values) => {
    const parsed = limitOverridesSchema.safeParse(Object.fromEntries(Object.entries(limits).map(([key, value]) => [key, value === '' ? Number.NaN : Number(value)])));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      unwrap(await api()['statement:save-limits']({ limits: overridesFrom(resolveLimits(parsed.data)) }));
      notifySuccess('Limits saved');
      await onSaved();
    } catch (caught) {
      notifyFailure(caught, 'The limits were not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      aria-label="ERAS limits"
      onSubmit={(event) => {
        event.preventDefault();
        void store(values);
      }}
      noValidate
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {LIMIT_DEFINITIONS.map((limit) => (
          <Stack key={limit.key} gap={2}>
            <NumberInput
              label={limit.label}
              value={values[limit.key]}
              onChange={(value) => setValues((current) => ({ ...current, [limit.key]: value }))}
              error={errors[limit.key]}
              allowNegative={false}
              hideControls
            />
            <Group gap={6}>
              <Badge size="xs" variant={limit.official ? 'light' : 'outline'} color={limit.official ? 'blue' : 'gray'}>
                {limit.official ? 'ERAS rule' : 'Writing convention'}
              </Badge>
              <Text size="xs" c="dimmed">
                {limit.source}
                {limit.applicationYear === 'any' ? '' : ` · ${limit.applicationYear}`}
                {DEFAULT_LIMITS[limit.key] !== saved[limit.key] ? ` · default ${formatCount(DEFAULT_LIMITS[limit.key])}` : ''}
              </Text>
            </Group>
          </Stack>
        ))}
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => void store(DEFAULT_LIMITS)}>
          Reset to defaults
        </Button>
        <Button type="submit" disabled={!dirty} loading={saving}>
          Save limits
        </Button>
      </Group>
    </form>
  );
}

/** ERAS changes its limits from cycle to cycle; the applicant can follow without an update. */
export function ErasLimitsCard() {
  const { data, reload } = useApiQuery(loadLimits);
  return (
    <Card withBorder>
      <Title order={4}>ERAS limits</Title>
      <Text size="sm" c="dimmed" mb="sm">
        The counters in the statement workspace and the ERAS builder use these. Change them when ERAS publishes new ones.
      </Text>
      {data ? <LimitsForm key={JSON.stringify(data)} saved={data} onSaved={reload} /> : null}
    </Card>
  );
}
