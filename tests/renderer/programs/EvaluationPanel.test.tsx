import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvaluationPanel } from '../../../renderer/src/pages/programs/EvaluationPanel';
import { newProgramDraft, type Program, type VolumeFigure } from '../../../shared/programs/program-schema';
import { render } from '../render';

const departmental: VolumeFigure = {
  id: 'figure-1',
  kind: 'departmental-annual',
  value: 9000,
  source: 'program-website',
  learnedOn: '2026-01-10',
  confidence: 'medium',
  note: '',
};

function program(figures: VolumeFigure[], edit: (p: Program) => void = () => {}): Program {
  const p: Program = { ...newProgramDraft('Lakeshore IR'), id: 'program-1', volumeFigures: figures };
  edit(p);
  return p;
}

describe('EvaluationPanel', () => {
  it('explains a departmental-only figure and asks for the resident total', () => {
    render(<EvaluationPanel program={program([departmental])} />);
    const volume = screen.getByRole('region', { name: 'Case volume' });
    expect(within(volume).getByText('Service volume only')).toBeInTheDocument();
    expect(volume).toHaveTextContent(/not what residents log/);
    expect(volume).toHaveTextContent(/Ballpark figures that people in IR training cite, not a number any board sets/);
    // Where they come from, findable by its title, and that the year is when it was read.
    expect(volume).toHaveTextContent(/“Essential Case Volume Evaluation for US Citizen IMGs in Interventional Radiology Residency” \(undated; read in 2026\)/);
    expect(volume).toHaveTextContent('9,000');

    const redFlags = screen.getByRole('region', { name: 'Red flags' });
    expect(redFlags).toHaveTextContent(/says nothing yet about what residents log/);

    const questions = screen.getByRole('region', { name: 'Questions to ask' });
    expect(
      within(questions).getByText('Roughly how many IR procedures are in a typical graduate’s case log when they finish?'),
    ).toBeInTheDocument();
    expect(questions).toHaveTextContent(/Why: You only have a departmental figure/);
  });

  it('labels the per-resident figure an estimate and shows its inputs', () => {
    render(
      <EvaluationPanel
        program={program([departmental], (p) => {
          p.traineeSharePercent = 40;
          p.competingLearners = { irResidentsPerClass: 2, independentFellows: 1, esirResidents: 1, apps: 4 };
        })}
      />,
    );
    const estimate = screen.getByRole('region', { name: 'Per-resident estimate' });
    expect(within(estimate).getAllByText(/estimate/i).length).toBeGreaterThan(0);
    // 9,000 × 40% ÷ (2 × 2 + 1 + 1) learners = 600
    expect(estimate).toHaveTextContent(/about 600 procedures per trainee per year/);
    expect(estimate).toHaveTextContent(/9,000 departmental a year × 40% trainee share ÷ 6 learners on service/);
  });

  it('explains an institutional boost to advanced case mix', () => {
    render(
      <EvaluationPanel
        program={program([], (p) => {
          p.institutionalContext.level1Trauma = true;
        })}
      />,
    );
    expect(screen.getByRole('region', { name: 'Case mix' })).toHaveTextContent(/raised one step because a Level I trauma center/);
  });

  it('with no integrated residents, says who takes the cases instead of a ratio', () => {
    render(
      <EvaluationPanel
        program={program([], (p) => {
          p.competingLearners = { irResidentsPerClass: 0, independentFellows: 3, esirResidents: 2, apps: 12 };
        })}
      />,
    );
    const reading = screen.getByRole('region', { name: 'Competition' });
    expect(reading).toHaveTextContent('Heavy');
    expect(reading).toHaveTextContent('No integrated IR residents here: the cases go to 3 independent IR fellows, 2 ESIR residents and 12 APPs.');
  });

  it('lists what the estimate still needs as a sentence', () => {
    render(<EvaluationPanel program={program([departmental])} />);
    expect(screen.getByRole('region', { name: 'Per-resident estimate' })).toHaveTextContent(
      'No estimate yet. It needs the share of cases trainees do and the number of IR residents per class:',
    );
  });

  it('says when the estimate is far from the figure the program stated', () => {
    const perYear: VolumeFigure = { ...departmental, id: 'figure-2', kind: 'resident-per-core-year', value: 400 };
    render(
      <EvaluationPanel
        program={program([{ ...departmental, value: 12_000 }, perYear], (p) => {
          p.traineeSharePercent = 50;
          p.competingLearners = { irResidentsPerClass: 2, independentFellows: 1, esirResidents: 0, apps: 0 };
        })}
      />,
    );
    const estimate = screen.getByRole('region', { name: 'Per-resident estimate' });
    expect(estimate).toHaveTextContent(/about 1,200 procedures per trainee per year/);
    expect(estimate).toHaveTextContent(
      'This estimate is more than twice the program’s own figure of 400 a core IR year. The stated figure is the one used',
    );
  });

  it('marks a doubtful figure and a low-confidence one', () => {
    const huge: VolumeFigure = { ...departmental, kind: 'resident-graduation-total', value: 1_000_000 };
    const { unmount } = render(<EvaluationPanel program={program([huge])} />);
    const volume = screen.getByRole('region', { name: 'Case volume' });
    expect(within(volume).getByText('Doubtful figure')).toBeInTheDocument();
    expect(volume).toHaveTextContent(/A figure here is hard to believe.*1,000,000 procedures by graduation is far more than one resident could log/);
    expect(screen.getByRole('region', { name: 'Green flags' })).toHaveTextContent('None yet.');
    unmount();

    render(<EvaluationPanel program={program([{ ...huge, value: 1800, confidence: 'low' }])} />);
    const rumour = screen.getByRole('region', { name: 'Case volume' });
    expect(within(rumour).getByText('Strong (resident-level, unconfirmed)')).toBeInTheDocument();
    expect(rumour).toHaveTextContent(/Unconfirmed: you marked this figure low confidence, so it raises no green flag/);
  });

  it('words a moderate level so it matches the ratio beside it', () => {
    render(
      <EvaluationPanel
        program={program([], (p) => {
          p.competingLearners = { irResidentsPerClass: 1, independentFellows: 1, esirResidents: 0, apps: 2 };
        })}
      />,
    );
    const reading = screen.getByRole('region', { name: 'Competition' });
    expect(reading).toHaveTextContent('Moderate');
    expect(reading).toHaveTextContent('Between one and two other learners or APPs for each senior resident. 1.5 others per senior resident.');
  });
});
