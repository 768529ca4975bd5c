import { Card, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { memo, useEffect, useState } from 'react';
import { signalSettingsSchema, type SignalSettings } from '../../../../shared/programs/signals';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { SaveButton } from '../../components/SaveButton';

const resolveSettings = schemaResolver(signalSettingsSchema, { sync: true });

/** Number inputs hold '' while empty. */
interface SettingsFormValues {
  cycleYear: number | string;
  gold: number | string;
  silver: number | string;
  heldForOtherPrograms: { gold: number | string; silver: number | string };
  source: string;
}

const asNumber = (value: number | string) => (value === '' ? undefined : Number(value));
const toSettingsInput = (values: SettingsFormValues) => ({
  cycleYear: asNumber(values.cycleYear),
  gold: asNumber(values.gold),
  silver: asNumber(values.silver),
  heldForOtherPrograms: {
    gold: asNumber(values.heldForOtherPrograms.gold),
    silver: asNumber(values.heldForOtherPrograms.silver),
  },
  source: values.source,
});

interface SignalSettingsCardProps {
  settings: SignalSettings;
  onSaved: (settings: SignalSettings) => void;
  /**
   * Told whether the form holds unsaved input. The card sits in a tab panel that React's Activity
   * hides, running its effect cleanups, so the page above it keeps the unsaved edit registered.
   */
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * Signal numbers change each cycle, so the applicant keeps them up to date here. Memoised: the
 * signals tab renders again on every move in the rank list, which changes nothing here.
 */
export const SignalSettingsCard = memo(function SignalSettingsCard({ settings, onSaved, onDirtyChange }: SignalSettingsCardProps) {
  const [saving, setSaving] = useState(false);
  const form = useForm<SettingsFormValues>({
    mode: 'controlled',
    initialValues: settings,
    validate: (values) => resolveSettings(toSettingsInput(values)),
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = async (values: SettingsFormValues) => {
    setSaving(true);
    try {
      const saved = unwrap(await api()['signals:set-settings'](signalSettingsSchema.parse(toSettingsInput(values))));
      onSaved(saved);
      form.resetDirty(saved);
      notifySuccess('Signal settings saved');
    } catch (caught) {
      notifyFailure(caught, 'Your signal settings were not saved');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder padding="lg">
      <form
        onSubmit={form.onSubmit((values) => {
          void save(values);
        })}
        noValidate
      >
        <Stack gap="sm">
          <Title order={4}>Signals this cycle</Title>
          <Text size="sm">
            These figures are for the <strong>{settings.cycleYear}</strong> application cycle. Numbers change every cycle;
            check ERAS before you rely on them.
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            <NumberInput label="Cycle year" allowDecimal={false} hideControls {...form.getInputProps('cycleYear')} />
            <NumberInput label="Gold signals" allowDecimal={false} min={0} {...form.getInputProps('gold')} />
            <NumberInput label="Silver signals" allowDecimal={false} min={0} {...form.getInputProps('silver')} />
            <NumberInput
              label="Gold held back"
              allowDecimal={false}
              min={0}
              {...form.getInputProps('heldForOtherPrograms.gold')}
            />
            <NumberInput
              label="Silver held back"
              allowDecimal={false}
              min={0}
              {...form.getInputProps('heldForOtherPrograms.silver')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Diagnostic and interventional radiology share one pool of signals: hold back any you plan to send to programs
            that are not on this shortlist, such as diagnostic-only programs.
          </Text>
          <Textarea label="Where these numbers come from" rows={3} {...form.getInputProps('source')} />
          <Group justify="flex-end">
            <SaveButton type="submit" loading={saving} disabled={!form.isDirty()}>
              Save signal settings
            </SaveButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
});
