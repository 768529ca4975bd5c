import type { ResearchOutput, ResearchOutputType, ResearchStatus } from '../../../../shared/exposure/research-output-schema';

/** What the form holds: '' means "none chosen" for the project link, type and date. */
export interface ResearchOutputFormValues {
  experienceId: string;
  type: ResearchOutputType | '';
  status: ResearchStatus;
  title: string;
  venue: string;
  date: string;
  authors: string;
  doi: string;
  pmid: string;
  link: string;
}

export function researchOutputToForm(output: ResearchOutput | null, experienceId: string | null): ResearchOutputFormValues {
  if (!output) {
    return {
      experienceId: experienceId ?? '',
      type: '',
      status: 'in-progress',
      title: '',
      venue: '',
      date: '',
      authors: '',
      doi: '',
      pmid: '',
      link: '',
    };
  }
  const { id: _id, experienceId: linked, date, ...rest } = output;
  return { ...rest, experienceId: linked ?? '', date: date ?? '' };
}

/** The shape `researchOutputInputSchema` checks; unparsed, so the schema reports what is wrong. */
export function formToResearchOutputInput(values: ResearchOutputFormValues): Record<string, unknown> {
  return {
    ...values,
    experienceId: values.experienceId || null,
    type: values.type || undefined,
    date: values.date || null,
  };
}
