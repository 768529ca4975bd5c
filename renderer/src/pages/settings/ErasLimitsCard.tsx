import { Badge, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { checkLimits, DEFAULT_LIMITS, LIMIT_DEFINITIONS, overridesFrom, resolveLimits, type LimitKey, type LimitProblems, type Limits } from '../../../../shared/statement/eras-limits';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { useApiQuery } from '../../app/use-api-query';
import { refocusWhileSettling } from '../../app/focus-page-heading';
import { notifyWithUndo } from '../../components/notify-undo';
import { formatCount } from '../../../../shared/format-count';
import { SaveButton } from '../../components/SaveButton';

const loadLimits = async () => resolveLimits(unwrap(await api()['statement:get']()).limits);

type Values = Record<LimitKey, number | string>;

const sameLimits = (a: Limits, b: Limits) => LIMIT_DEFINITIONS.every((limit) => a[limit.key] === b[limit.key]);

interface LimitsFormProps {
  saved: Limits;
  onSaved: () => Promise<void>;
  /** Where focus goes when the button pressed is disabled under it (reset to what is now the defaults). */
  focusTarget: () => HTMLElement | null;
}

function LimitsForm({ saved, onSaved, focusTarget }: LimitsFormProps) {
  const [values, setValues] = useState<Values>(saved);
  const [errors, setErrors] = useState<LimitProblems>({});
  const [saving, setSaving] = useState(false);
  // New saved limits show in the same form, not a new one: the field focused when Enter saved keeps focus.
  const [shownSaved, setShownSaved] = useState(saved);
  if (!sameLimits(shownSaved, saved)) {
    setShownSaved(saved);
    setValues(saved);
    setErrors({});
  }
  const dirty = LIMIT_DEFINITIONS.some((limit) => values[limit.key] !== saved[limit.key]);
  const atDefaults = LIMIT_DEFINITIONS.every((limit) => saved[limit.key] === DEFAULT_LIMITS[limit.key]);
  useUnsavedChanges('the ERAS limits', dirty);

  const write = async (limits: Limits) => unwrap(await api()['statement:save-limits']({ limits: overridesFrom(limits) }));

  const store = async (typed: Values) => {
    const checked = checkLimits(Object.fromEntries(Object.entries(typed).map(([key, value]) => [key, value === '' ? Number.NaN : Number(value)])) as Limits);
    if (!checked.ok) {
      setErrors(checked.problems);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await write(checked.limits);
      notifySuccess('Limits saved');
      await onSaved();
    } catch (caught) {
      notifyFailure(caught, 'The limits were not saved');
    } finally {
      setSaving(false);
    }
  };

  // Saved at once, like a deletion elsewhere: the notification offers the way back to the limits saved before.
  const reset = async () => {
    // The button is disabled while it saves and stays so at the defaults: focus must not fall to the page.
    refocusWhileSettling(focusTarget);
    const previous = saved;
    const typed = values;
    setErrors({});
    if (atDefaults) {
      // Only typed changes to undo: nothing on disk changes.
      setValues(DEFAULT_LIMITS);
      notifyWithUndo({ message: 'Typed limits put back to the ERAS defaults', undo: async () => setValues(typed) });
      return;
    }
    setSaving(true);
    try {
      await write(DEFAULT_LIMITS);
      setValues(DEFAULT_LIMITS);
      await onSaved();
      notifyWithUndo({
        message: 'Limits reset to the ERAS defaults',
        undo: async () => {
          await write(previous);
          notifySuccess('Your limits are back');
          await onSaved();
        },
      });
    } catch (caught) {
      notifyFailure(caught, 'The limits were not reset');
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
              min={1}
              max={limit.max}
              clampBehavior="none"
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
        {/* Enabled while anything differs from the defaults, saved or typed. */}
        <Button variant="default" disabled={saving || (atDefaults && !dirty)} onClick={() => void reset()}>
          Reset to defaults
        </Button>
        <SaveButton type="submit" disabled={!dirty} loading={saving}>
          Save limits
        </SaveButton>
      </Group>
    </form>
  );
}

/** ERAS changes its limits from cycle to cycle; the applicant can follow without an update. */
export function ErasLimitsCard() {
  const { data, reload } = useApiQuery(loadLimits);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <Card withBorder>
      <Title order={4} ref={heading} tabIndex={-1}>
        ERAS limits
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The counters in the statement workspace and the ERAS builder use these. Change them when ERAS publishes new ones.
      </Text>
      {data ? <LimitsForm saved={data} onSaved={reload} focusTarget={() => heading.current} /> : null}
    </Card>
  );
}
