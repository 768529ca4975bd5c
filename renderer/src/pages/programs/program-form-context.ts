import type { UseFormReturnType } from '@mantine/form';
import type { ProgramFormValues } from './program-form-values';

/** The editor's sections each take the one form they edit. */
export type ProgramForm = UseFormReturnType<ProgramFormValues>;
