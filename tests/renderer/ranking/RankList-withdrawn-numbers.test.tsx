import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RankListCard } from '../../../renderer/src/pages/ranking/RankListCard';
import { tiedPlaces } from '../../../shared/programs/tied-places';
import { render } from '../render';

const names = new Map([
  ['alpha', 'Alpha IR'],
  ['summit', 'Summit Valley IR (withdrawn)'],
  ['bravo', 'Bravo IR'],
  ['charlie', 'Charlie IR'],
]);
const order = ['alpha', 'summit', 'bravo', 'charlie'];

function computed(ids: string[]) {
  const places = tiedPlaces(ids.map((_, index) => 100 - index));
  return ids.map((id, index) => ({ id, place: places[index]! }));
}

/** Each row of the list as the applicant reads it: number, name and badge. */
const rows = () =>
  within(screen.getByRole('list', { name: 'Your rank list' }))
    .getAllByTestId('rank-item')
    .map((item) => item.textContent);

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});

describe('rank list numbers beside a withdrawn program', () => {
  it('leaves the withdrawn row unnumbered, so the arrows count from the numbers on screen', () => {
    // Charlie is 3rd on screen (4th row) and computed #1: two places higher, not three.
    render(<RankListCard names={names} order={order} computed={computed(['charlie', 'alpha', 'bravo'])} saveState="saved" onMove={() => {}} />);
    expect(rows()).toEqual([
      expect.stringMatching(/^1Alpha IRcomputed #2 · ▼1/),
      expect.stringMatching(/^–Summit Valley IR \(withdrawn\)$/),
      expect.stringMatching(/^2Bravo IRcomputed #3 · ▼1$/),
      expect.stringMatching(/^3Charlie IRcomputed #1 · ▲2$/),
    ]);
    expect(screen.getByTestId('rank-withdrawn')).toHaveAttribute('title', 'Withdrawn: not counted among your places');
  });

  it('uses the withdrawn programs it is given even when every weight is at zero', () => {
    render(<RankListCard names={names} order={order} computed={[]} saveState="saved" onMove={() => {}} withdrawnIds={new Set(['summit'])} />);
    expect(rows().map((row) => row?.slice(0, 1))).toEqual(['1', '–', '2', '3']);
  });
});
