import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AnswerForm } from '../../../renderer/src/pages/programs/AnswerForm';
import { newProgramDraft, type Program } from '../../../shared/programs/program-schema';
import { render } from '../render';

const program: Program = { ...newProgramDraft('Lakeshore IR'), id: 'program-1', volumeFigures: [] };

const open = (audience: 'faculty' | 'resident') =>
  render(<AnswerForm program={program} questionId="q-1" audience={audience} initial={null} onSave={async () => {}} onCancel={() => {}} />);

describe('AnswerForm', () => {
  it('starts a new answer as given by whom the question is for', () => {
    open('resident');
    expect(screen.getByRole('radio', { name: 'Resident' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Faculty' })).not.toBeChecked();
  });

  it('starts a faculty question as answered by faculty', () => {
    open('faculty');
    expect(screen.getByRole('radio', { name: 'Faculty' })).toBeChecked();
  });
});
