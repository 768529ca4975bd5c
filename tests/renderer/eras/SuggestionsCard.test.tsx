import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExperienceSuggestion } from '../../../shared/statement/eras-suggestion';
import { SuggestionsCard } from '../../../renderer/src/pages/eras/SuggestionsCard';
import { makeExperience } from '../../unit/exposure/fixtures';
import { render } from '../render';

describe('SuggestionsCard with hundreds of experiences', { timeout: 30_000 }, () => {
  it('offers the fifteen best first and the rest on request', async () => {
    const experiences = Array.from({ length: 40 }, (_, i) => makeExperience({ id: `exp-${i}`, title: `Experience ${i}` }));
    const suggestions: ExperienceSuggestion[] = experiences.map((experience, i) => ({ experienceId: experience.id, score: 40 - i, planned: false, reasons: ['IR'] }));
    render(<SuggestionsCard suggestions={suggestions} experiences={new Map(experiences.map((e) => [e.id, e]))} full={false} limit={10} onAdd={() => {}} />);
    expect(screen.getAllByRole('button', { name: /^Add Experience/ })).toHaveLength(15);
    expect(screen.getByRole('button', { name: 'Add Experience 0 to ERAS' })).toBeInTheDocument();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Show 25 more suggestions' }));
    expect(screen.getAllByRole('button', { name: /^Add Experience/ })).toHaveLength(40);
  });
});

describe('SuggestionsCard with nothing to suggest', () => {
  it('says whether nothing is logged or everything is already chosen', () => {
    const { unmount } = render(<SuggestionsCard suggestions={[]} experiences={new Map()} full={false} limit={10} onAdd={() => {}} />);
    expect(screen.getByText(/No experiences logged yet/)).toBeInTheDocument();
    unmount();
    const experience = makeExperience({ id: 'exp-1' });
    render(<SuggestionsCard suggestions={[]} experiences={new Map([[experience.id, experience]])} full={false} limit={10} onAdd={() => {}} />);
    expect(screen.getByText('Every experience in your tracker is already on the list.')).toBeInTheDocument();
  });
});
