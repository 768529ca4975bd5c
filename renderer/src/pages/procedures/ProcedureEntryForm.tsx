import {
  Badge,
  Button,
  Chip,
  Collapse,
  Grid,
  Group,
  Input,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import { CHECKED_FIELDS } from '../../../../shared/exposure/free-text-check';
import {
  GUIDANCE_LABELS,
  IMAGING_GUIDANCE,
  PROCEDURE_ROLES,
  PROCEDURE_SETTINGS,
  ROLE_LABELS,
  SETTING_LABELS,
  type ProcedureEntryInput,
} from '../../../../shared/exposure/procedure-schema';
import { procedureIndex, type CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { IdentifierWarning } from '../../components/identifier-guard/IdentifierWarning';
import { useGuardedSave } from '../../components/identifier-guard/use-guarded-save';
import { useIdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';
import { useDialogDirty } from '../../components/FormDialog';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import {
  MAX_CASES_PER_ENTRY,
  formToCandidate,
  formToEntries,
  procedureFormSchema,
  type ProcedureFormValues,
} from './procedure-form-values';
import {
  countProcedureMatches,
  experienceSelectData,
  procedureOptionsFilter,
  procedureSelectData,
} from './procedure-options';
import { CONTAINER_GRID } from '../../components/container-grid';
import { SaveButton } from '../../components/SaveButton';

const resolveForm = schemaResolver(procedureFormSchema, { sync: true });
const labels = CHECKED_FIELDS.procedure;
const REFLECTION_FIELDS = ['learned', 'patientCare', 'complication', 'notes'] as const;

const logLabel = (count: number | string) => {
  const n = Number(count);
  return Number.isInteger(n) && n > 1 && n <= MAX_CASES_PER_ENTRY ? `Log ${n} cases` : 'Log case';
};

export interface ProcedureEntryFormProps {
  initialValues: ProcedureFormValues;
  customProcedures: readonly CustomProcedure[];
  experiences: readonly Experience[];
  /** Quick entry logs several cases at once and clears itself after saving; edit changes one entry. */
  mode: 'quick' | 'edit';
  /** Resolves true once saved; false keeps the form as it is (the caller has told the user why). */
  onSave: (entry: ProcedureEntryInput, count: number, confirmedNotPatientData: boolean) => Promise<boolean>;
  onCancel?: () => void;
}

export function ProcedureEntryForm(props: ProcedureEntryFormProps) {
  const { initialValues, customProcedures, experiences, mode, onSave, onCancel } = props;
  // An edit skips text the saved entry already holds: it was checked (and confirmed) when saved.
  const guard = useIdentifierGuard('procedure', mode === 'edit' ? initialValues : null);
  const hasReflections = REFLECTION_FIELDS.some((field) => initialValues[field] !== '');
  const [showReflections, setShowReflections] = useState(mode === 'edit' && hasReflections);
  const form = useForm<ProcedureFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => resolveForm(formToCandidate(values)),
  });
  useDialogDirty(form.isDirty());
  // The quick form keeps date, role, setting, experience and attending after a save: only a
  // chosen procedure or typed reflections are a case that leaving would lose.
  const values = form.getValues();
  const caseStarted = values.procedureId !== '' || REFLECTION_FIELDS.some((field) => values[field].trim() !== '');
  useUnsavedChanges('the case you were logging', mode === 'quick' && caseStarted);

  const index = useMemo(() => procedureIndex(customProcedures), [customProcedures]);
  const procedureData = useMemo(() => procedureSelectData(customProcedures), [customProcedures]);
  const procedureFilter = useMemo(() => procedureOptionsFilter(index), [index]);
  const experienceData = useMemo(() => experienceSelectData(experiences), [experiences]);
  // Leaving the field takes the typed text's match only when it has one: "IVC" also names a
  // complex filter removal, and a Tab past the list must not log the one the user never saw.
  const [procedureSearch, setProcedureSearch] = useState('');
  const chosenLabel = index.get(form.values.procedureId)?.name ?? '';
  const pickOnBlur =
    procedureSearch !== chosenLabel && countProcedureMatches(procedureFilter, procedureData, procedureSearch) === 1;

  const { saving, submit: guardedSave } = useGuardedSave(guard);
  const submit = async (values: ProcedureFormValues) => {
    const { entry, count } = formToEntries(values);
    const saved = await guardedSave(entry, (confirmed) => onSave(entry, count, confirmed));
    if (saved && mode === 'quick') {
      // Date, role, setting, experience and attending usually repeat for the next case.
      form.setValues({ procedureId: '', count: 1, guidance: [], learned: '', patientCare: '', complication: '', notes: '' });
      form.resetTouched();
      guard.reset();
      setShowReflections(false);
    }
  };

  // A warning about a hidden field must be visible, so findings open the section.
  const reflectionsOpen = showReflections || guard.findings.length > 0;

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        void submit(values);
      })}
      noValidate
      aria-label={mode === 'quick' ? 'Log a case' : 'Edit entry'}
    >
      <Stack gap="md">
        <Grid {...CONTAINER_GRID} gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Procedure"
              placeholder="Type a name or short form, e.g. TACE"
              withAsterisk
              searchable
              data={procedureData}
              filter={procedureFilter}
              // Typing highlights the best match (the list is ranked), so Enter takes it; Tab takes
              // it only when it is the only match. Without these, Enter did nothing and leaving the
              // field threw "TACE" away.
              selectFirstOptionOnChange
              autoSelectOnBlur={pickOnBlur}
              onSearchChange={setProcedureSearch}
              // A required field: picking the chosen option again (or tabbing through) must not clear it.
              allowDeselect={false}
              maxDropdownHeight={320}
              nothingFoundMessage="No procedure by that name. Add it as your own procedure."
              renderOption={({ option }) => {
                const procedure = index.get(option.value);
                return (
                  <Group gap={6} wrap="nowrap" justify="space-between" w="100%">
                    <span>
                      {option.label}
                      {procedure && procedure.aliases.length > 0 && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({procedure.aliases.slice(0, 2).join(', ')})
                        </Text>
                      )}
                    </span>
                    <Group gap={4} wrap="nowrap">
                      {procedure?.custom && (
                        <Badge size="xs" variant="outline" color="gray">
                          your own
                        </Badge>
                      )}
                      {procedure?.advanced && (
                        <Badge size="xs" variant="light" color="grape">
                          advanced
                        </Badge>
                      )}
                    </Group>
                  </Group>
                );
              }}
              {...form.getInputProps('procedureId')}
              // Select clears its search text only for null, not for ''.
              value={form.values.procedureId || null}
              onChange={(value) => form.setFieldValue('procedureId', value ?? '')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextInput label="Date" placeholder="YYYY-MM-DD" withAsterisk maxLength={10} {...form.getInputProps('date')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            {mode === 'quick' && (
              <NumberInput
                label="How many cases"
                description="Same procedure, same day"
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                withAsterisk
                min={1}
                max={MAX_CASES_PER_ENTRY}
                allowDecimal={false}
                allowNegative={false}
                // Out-of-range input must stay visible with a message, not be silently clamped.
                clampBehavior="none"
                {...form.getInputProps('count')}
              />
            )}
          </Grid.Col>
          <Grid.Col span={12}>
            <Radio.Group label="Your role" withAsterisk {...form.getInputProps('role')}>
              <Group gap="md" mt={6}>
                {PROCEDURE_ROLES.map((role) => (
                  <Radio key={role} value={role} label={ROLE_LABELS[role]} />
                ))}
              </Group>
            </Radio.Group>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Input.Wrapper label="Imaging guidance" labelElement="div">
              <Chip.Group multiple {...form.getInputProps('guidance')}>
                <Group gap="xs" mt={6}>
                  {IMAGING_GUIDANCE.map((guidance) => (
                    <Chip key={guidance} value={guidance} size="sm">
                      {GUIDANCE_LABELS[guidance]}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Input.Wrapper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Input.Wrapper label="Setting" labelElement="div">
              <div>
                <SegmentedControl
                  mt={4}
                  aria-label="Setting"
                  data={PROCEDURE_SETTINGS.map((setting) => ({ value: setting, label: SETTING_LABELS[setting] }))}
                  {...form.getInputProps('setting')}
                />
              </div>
            </Input.Wrapper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Select
              label="During which experience"
              placeholder={experienceData.length === 0 ? 'Add an experience first' : 'Not linked to an experience'}
              searchable
              clearable
              selectFirstOptionOnChange
              data={experienceData}
              nothingFoundMessage="No experience by that name"
              {...form.getInputProps('experienceId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label="Attending" placeholder="e.g. Dr. Whitford" {...form.getInputProps('attending')} />
          </Grid.Col>
        </Grid>

        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            px={0}
            onClick={() => setShowReflections((open) => !open)}
            rightSection={reflectionsOpen ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            aria-expanded={reflectionsOpen}
          >
            Reflections and notes (optional)
          </Button>
          <Collapse expanded={reflectionsOpen}>
            <Stack gap="sm" mt="xs">
              <Text size="xs" c="dimmed">
                Write about the case, not the person: ages, diagnoses and the procedure are fine; names, record numbers,
                birth dates and addresses are not.
              </Text>
              <Grid gap="sm">
                {REFLECTION_FIELDS.map((field) => (
                  <Grid.Col key={field} span={{ base: 12, sm: 6 }}>
                    <Textarea label={labels[field]} autosize minRows={2} maxRows={8} {...form.getInputProps(field)} />
                  </Grid.Col>
                ))}
              </Grid>
            </Stack>
          </Collapse>
        </div>

        <IdentifierWarning guard={guard} />

        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          {/* The quick form's label changes with the count the save resets ("Log 3 cases" → "Log case"). */}
          <SaveButton type="submit" loading={saving} data-focus-key={`procedure-${mode}-save`}>
            {mode === 'edit' ? 'Save changes' : logLabel(form.values.count)}
          </SaveButton>
        </Group>
      </Stack>
    </form>
  );
}
