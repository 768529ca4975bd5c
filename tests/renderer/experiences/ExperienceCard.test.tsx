import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Experience } from '../../../shared/exposure/experience-schema';
import { ExperienceCard } from '../../../renderer/src/pages/experiences/ExperienceCard';
import { makeExperience } from '../../unit/exposure/fixtures';
import { render } from '../render';

const noop = () => {};
const renderCard = (experience: Experience) =>
  render(<ExperienceCard experience={experience} outputs={[]} holdsOutputs={false} onEdit={noop} onDelete={noop} onAddOutput={noop} onEditOutput={noop} onDeleteOutput={noop} />);

// The card reads the real clock: these dates lie far behind and far ahead of any run.
describe('ExperienceCard', () => {
  it('marks an experience that has not started as planned, its hours not yet counted', () => {
    renderCard(makeExperience({ startDate: '2099-02-01', endDate: '2099-03-01', hours: { mode: 'total', total: 160 } }));
    const card = screen.getByRole('article', { name: 'IR observership' });
    expect(card).toHaveTextContent('Planned');
    expect(screen.getByLabelText('Hours')).toHaveTextContent('160 h planned, not counted until it starts');
  });

  it('shows a started experience’s hours plainly, with no planned mark', () => {
    renderCard(makeExperience({ startDate: '2025-06-02', endDate: '2025-06-27', hours: { mode: 'total', total: 160 } }));
    expect(screen.getByLabelText('Hours')).toHaveTextContent(/^160 h$/);
    expect(screen.queryByText('Planned')).not.toBeInTheDocument();
  });

  it('adds no hours wording to a planned experience that counts none', () => {
    renderCard(makeExperience({ startDate: '2099-02-01', endDate: '2099-03-01', hours: { mode: 'none' } }));
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(screen.getByLabelText('Hours')).toHaveTextContent(/^Hours not counted$/);
  });
});
