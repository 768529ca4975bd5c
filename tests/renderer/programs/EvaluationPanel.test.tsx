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
});
