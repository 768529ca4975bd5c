import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newProgramDraft, type Program } from '../../../shared/programs/program-schema';
import { DEFAULT_WEIGHTS } from '../../../shared/programs/ranking-weights';
import { createProgramRanker } from '../../../shared/programs/scoring';
import { CompareCard } from '../../../renderer/src/pages/ranking/CompareCard';
import { COMPETITION_WORDS, IMG_WORDS } from '../../../renderer/src/pages/programs/evaluation-words';
import { render } from '../render';

const program = (id: string, name: string): Program => ({
  ...newProgramDraft(name),
  id,
  volumeFigures: [],
  competingLearners: { irResidentsPerClass: 3, independentFellows: 0, esirResidents: 0, apps: 1 },
  imgFriendliness: { currentImgResidents: 2, imgsInterviewedOrMatchedRecently: 'yes', usceRequired: 'no' },
});

describe('CompareCard wording', { timeout: 30_000 }, () => {
  it('names competition and openness to IMGs as the Evaluation tab does', async () => {
    const ranked = createProgramRanker([program('a', 'Alpha IR'), program('b', 'Bravo IR')], 'undecided').rank(DEFAULT_WEIGHTS);
    render(<CompareCard ranked={ranked} />);
    const user = userEvent.setup({ delay: null });
    for (const name of ['Alpha IR', 'Bravo IR']) {
      await user.click(screen.getByRole('combobox', { name: 'Programs to compare' }));
      await user.click(screen.getByRole('option', { name }));
    }
    const table = screen.getByRole('table', { name: 'Program comparison' });
    // The first row of that name; the score breakdown below repeats some labels.
    const row = (label: RegExp) => within(table).getAllByRole('row', { name: label })[0]!;
    expect(COMPETITION_WORDS.low.label).toBe('Low');
    expect(IMG_WORDS.friendly.label).toBe('Open to IMGs');
    expect(within(row(/Fellows and APPs/)).getAllByText(/^Low: 3 residents a class/)).toHaveLength(2);
    expect(within(row(/Openness to IMGs/)).getAllByText('Open to IMGs')).toHaveLength(2);
    expect(table).not.toHaveTextContent(/Light|Takes IMGs/);
  });
});
