import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvaluationPanel } from '../../../renderer/src/pages/programs/EvaluationPanel';
import { newProgramDraft, type Program, type VolumeFigure } from '../../../shared/programs/program-schema';
import { figure } from '../../unit/programs/program-fixture';
import { render } from '../render';

function program(figures: VolumeFigure[], edit: (p: Program) => void = () => {}): Program {
  const p: Program = { ...newProgramDraft('Lakeshore IR'), id: 'program-1', volumeFigures: figures };
  edit(p);
  return p;
}

describe('the per-resident estimate with no trainees on service', () => {
  it('says there is no one to divide the cases among, not that inputs are missing', () => {
    render(
      <EvaluationPanel
        program={program([figure('departmental-annual', 5000)], (p) => {
          p.traineeSharePercent = 30;
          p.competingLearners = { irResidentsPerClass: 0, independentFellows: 0, esirResidents: 0, apps: 3 };
        })}
      />,
    );
    const estimate = screen.getByRole('region', { name: 'Per-resident estimate' });
    expect(estimate).not.toHaveTextContent(/needs all three inputs/);
    expect(estimate).toHaveTextContent(
      'No estimate: residents per class, independent fellows and ESIR residents are all 0, so there are no trainees on service to divide the cases among.',
    );
  });

  it('asks for the groups not known yet when the known ones are 0', () => {
    render(
      <EvaluationPanel
        program={program([figure('departmental-annual', 5000)], (p) => {
          p.traineeSharePercent = 30;
          p.competingLearners = { irResidentsPerClass: 0, independentFellows: null, esirResidents: 0, apps: null };
        })}
      />,
    );
    expect(screen.getByTestId('no-trainees-on-service')).toHaveTextContent(
      'with 0 residents per class and no number yet for independent fellows, there are no trainees counted on service to divide the cases among. Add the number of independent fellows in Details.',
    );
  });
});

describe('transparency wording', () => {
  it('does not call a program specific when its answer about numbers was vague', () => {
    render(
      <EvaluationPanel
        program={program([], (p) => {
          p.answers = [
            { questionId: 'faculty-graduation-total', answer: 'Plenty', answeredBy: 'faculty', clarity: 'vague', date: '2026-01-20' },
            { questionId: 'faculty-img-history', answer: 'Two last year', answeredBy: 'faculty', clarity: 'specific', date: '2026-01-20' },
            { questionId: 'faculty-case-log-review', answer: 'PD monthly', answeredBy: 'faculty', clarity: 'specific', date: '2026-01-20' },
          ];
        })}
      />,
    );
    const transparency = screen.getByRole('region', { name: 'Transparency' });
    expect(within(transparency).getByText('Mixed')).toBeInTheDocument();
    expect(transparency).toHaveTextContent('2 specific, 1 vague, 0 evasive; 1 of them about case numbers.');
    expect(screen.getByRole('region', { name: 'Green flags' })).not.toHaveTextContent(/specific numbers/);
  });
});

describe('two graduation totals that disagree', () => {
  it('shows both figures, says which is not used, and asks which is right', () => {
    render(
      <EvaluationPanel
        program={program([
          figure('resident-graduation-total', 1800, { source: 'faculty-interview', confidence: 'high', learnedOn: '2025-01-15' }),
          figure('resident-graduation-total', 700, { source: 'resident-interview', learnedOn: '2026-10-02' }),
        ])}
      />,
    );
    const volume = screen.getByRole('region', { name: 'Case volume' });
    // The panel's reading says so too, as the program list and Compare do.
    expect(volume).toHaveTextContent(/Strong \(resident-level, figures disagree\)/);
    const rows = within(within(volume).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('1,800'),
      expect.stringMatching(/Disagrees with the figure above; not used.*700/),
    ]);
    expect(screen.getByTestId('figures-disagree')).toHaveTextContent(
      'Faculty said about 1,800 by graduation (noted 2025-01-15), a resident said about 700 (noted 2026-10-02).',
    );
    expect(screen.getByRole('region', { name: 'Green flags' })).not.toHaveTextContent(/1,500 procedures or more/);
    expect(screen.getByRole('region', { name: 'Questions to ask' })).toHaveTextContent(
      'Why: Faculty said about 1,800 by graduation (noted 2025-01-15), a resident said about 700 (noted 2026-10-02): which is right for the current class?',
    );
  });
});
