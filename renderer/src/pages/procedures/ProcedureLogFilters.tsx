import { Button, Grid, Select, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { memo, useMemo, type Dispatch, type SetStateAction } from 'react';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import { PROCEDURE_ROLES, ROLE_LABELS, type ProcedureRole } from '../../../../shared/exposure/procedure-schema';
import { CATEGORIES, procedureIndex, type CategoryId, type CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { NO_EXPERIENCE, readDateBound, type LogFilters } from './procedure-filters';
import { experienceSelectData, procedureOptionsFilter, procedureSelectData } from './procedure-options';
import { CONTAINER_GRID } from '../../components/container-grid';

/** What the filter inputs hold: the dates as typed, so a half-typed date is not thrown away. */
export type FilterInputs = Omit<LogFilters, 'from' | 'to'> & { from: string; to: string };

export const EMPTY_FILTER_INPUTS: FilterInputs = {
  categoryId: null,
  procedureId: null,
  role: null,
  experienceId: null,
  from: '',
  to: '',
  text: '',
};

/** Unreadable dates are shown as errors at the field and left out of the filter. */
export function inputsToFilters(inputs: FilterInputs): LogFilters {
  return { ...inputs, from: readDateBound(inputs.from).value, to: readDateBound(inputs.to).value };
}

interface ProcedureLogFiltersProps {
  inputs: FilterInputs;
  /** Takes an update function too (a state setter), so the fields below can stay memoised. */
  onChange: Dispatch<SetStateAction<FilterInputs>>;
  customProcedures: readonly CustomProcedure[];
  experiences: readonly Experience[];
}

/**
 * The search box renders on every keystroke; the other fields are a memoised part that
 * renders only when one of them changes (their option lists are long), and the clear button
 * only when it turns on or off.
 */
export function ProcedureLogFilters({ inputs, onChange, customProcedures, experiences }: ProcedureLogFiltersProps) {
  const { text, ...fields } = inputs;
  const changed = JSON.stringify(inputs) !== JSON.stringify(EMPTY_FILTER_INPUTS);
  return (
    <Grid {...CONTAINER_GRID} gap="sm" align="flex-start" role="search" aria-label="Filter the log">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Search"
          placeholder="Procedure, attending, reflections, notes"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange((current) => ({ ...current, text: value }));
          }}
        />
      </Grid.Col>
      <FieldFilters
        categoryId={fields.categoryId}
        procedureId={fields.procedureId}
        role={fields.role}
        experienceId={fields.experienceId}
        from={fields.from}
        to={fields.to}
        onChange={onChange}
        customProcedures={customProcedures}
        experiences={experiences}
      />
      <ClearFilters disabled={!changed} onChange={onChange} />
    </Grid>
  );
}

type FieldFiltersProps = Omit<FilterInputs, 'text'> & Omit<ProcedureLogFiltersProps, 'inputs'>;

const FieldFilters = memo(function FieldFilters(props: FieldFiltersProps) {
  const { categoryId, procedureId, role, experienceId, onChange, customProcedures, experiences } = props;
  const set = <K extends keyof FilterInputs>(key: K, value: FilterInputs[K]) => onChange((current) => ({ ...current, [key]: value }));
  const index = useMemo(() => procedureIndex(customProcedures), [customProcedures]);
  const procedureFilter = useMemo(() => procedureOptionsFilter(index), [index]);
  const procedureData = useMemo(() => {
    const groups = procedureSelectData(customProcedures);
    if (categoryId === null) return groups;
    const label = CATEGORIES.find((category) => category.id === categoryId)?.label;
    return groups.filter((group) => group.group === label);
  }, [customProcedures, categoryId]);
  const experienceData = useMemo(
    () => [...experienceSelectData(experiences), { value: NO_EXPERIENCE, label: 'Not linked to an experience' }],
    [experiences],
  );
  const from = readDateBound(props.from);
  const to = readDateBound(props.to);
  const rangeError = from.value !== null && to.value !== null && to.value < from.value ? 'Before the "from" date' : null;

  return (
    <>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <Select
          label="Category"
          placeholder="All categories"
          clearable
          data={CATEGORIES.map((category) => ({ value: category.id, label: category.label }))}
          value={categoryId}
          onChange={(value) => {
            // A procedure from another category would hide every row; drop it.
            const procedureCategory = procedureId ? index.get(procedureId)?.categoryId : undefined;
            const keepProcedure = value === null || procedureCategory === value;
            onChange((current) => ({ ...current, categoryId: value as CategoryId | null, procedureId: keepProcedure ? current.procedureId : null }));
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <Select
          label="Procedure"
          placeholder="All procedures"
          clearable
          searchable
          data={procedureData}
          filter={procedureFilter}
          maxDropdownHeight={320}
          value={procedureId}
          onChange={(value) => set('procedureId', value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <Select
          label="Role"
          placeholder="Any role"
          clearable
          data={PROCEDURE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          value={role}
          onChange={(value) => set('role', value as ProcedureRole | null)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <Select
          label="Experience / site"
          placeholder="All experiences"
          clearable
          searchable
          data={experienceData}
          value={experienceId}
          onChange={(value) => set('experienceId', value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput
          label="From"
          placeholder="YYYY-MM-DD"
          maxLength={10}
          value={props.from}
          error={from.error}
          onChange={(event) => set('from', event.currentTarget.value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput
          label="To"
          placeholder="YYYY-MM-DD"
          maxLength={10}
          value={props.to}
          error={to.error ?? rangeError}
          onChange={(event) => set('to', event.currentTarget.value)}
        />
      </Grid.Col>
    </>
  );
});

/** Outside the memoised fields: the search text turns it on, and must not render them again. */
const ClearFilters = memo(function ClearFilters({ disabled, onChange }: { disabled: boolean; onChange: ProcedureLogFiltersProps['onChange'] }) {
  return (
    <Grid.Col span={{ base: 12, sm: 2 }}>
      <Button variant="subtle" color="gray" fullWidth leftSection={<IconX size={14} />} disabled={disabled} onClick={() => onChange(EMPTY_FILTER_INPUTS)}>
        Clear filters
      </Button>
    </Grid.Col>
  );
});
