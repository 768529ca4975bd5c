import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RankingWorkspace } from '../../../renderer/src/pages/ranking/RankingWorkspace';
import type { RankingData } from '../../../renderer/src/pages/ranking/load-ranking-data';
import { emptyShortlist } from '../../../shared/programs/empty-shortlist';
import { newProgramDraft, type Program } from '../../../shared/programs/program-schema';
import { render } from '../render';

const program = (id: string, name: string): Program => ({ ...newProgramDraft(name), id, volumeFigures: [] });

function data(programs = [program('alpha', 'Alpha IR'), program('bravo', 'Bravo IR'), program('charlie', 'Charlie IR')]): RankingData {
  const shortlist = emptyShortlist();
  shortlist.programs = programs;
  shortlist.rankOrder = programs.map((p) => p.id);
  return {
    shortlist,
    profile: null,
    exposure: { experiences: [], researchOutputs: [], procedures: [], customProcedures: [] },
    asOf: '2026-11-28',
    loadId: 1,
  };
}

function mockApi(setOrder: (args: { ids: string[] }) => Promise<unknown>) {
  const api = { 'ranking:set-order': vi.fn(setOrder) };
  Object.defineProperty(window, 'api', { value: api, configurable: true, writable: true });
  return api;
}

const rankedNames = () =>
  within(screen.getByRole('list', { name: 'Your rank list' }))
    .getAllByTestId('rank-item')
    .map((item) => within(item).getByText(/ IR$/).textContent);

// jsdom lays nothing out; give the list's scroll box the height it has in the app.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
  vi.restoreAllMocks();
});

describe('the rank list', { timeout: 30_000 }, () => {
  it('leaves a withdrawn program out of the computed ranking and marks it on the rank list', async () => {
    mockApi(async ({ ids }) => ({ ok: true, value: ids }));
    const withdrawn = { ...program('bravo', 'Bravo IR'), status: 'withdrawn' as const };
    const user = userEvent.setup({ delay: null });
    render(<RankingWorkspace data={data([program('alpha', 'Alpha IR'), withdrawn, program('charlie', 'Charlie IR')])} />);
    expect(screen.getAllByTestId('computed-row').map((row) => row.textContent)).not.toContainEqual(expect.stringContaining('Bravo'));
    expect(screen.getByTestId('withdrawn-left-out')).toHaveTextContent('Left out as withdrawn: Bravo IR.');

    await user.click(screen.getByRole('tab', { name: 'Rank list' }));
    expect(within(screen.getByRole('list', { name: 'Your rank list' })).getByText('Bravo IR (withdrawn)')).toBeInTheDocument();
  });

  it('with every weight at zero, compares nothing with the all-tied computed order and runs no stability test', async () => {
    mockApi(async ({ ids }) => ({ ok: true, value: ids }));
    const zero = data();
    zero.shortlist.rankingWeights = Object.fromEntries(Object.keys(zero.shortlist.rankingWeights).map((key) => [key, 0])) as typeof zero.shortlist.rankingWeights;
    const user = userEvent.setup({ delay: null });
    render(<RankingWorkspace data={zero} />);
    expect(screen.getByTestId('stability-no-weight')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run stability test' })).toBeDisabled();

    await user.click(screen.getByRole('tab', { name: 'Rank list' }));
    expect(screen.getByTestId('no-computed-order')).toBeInTheDocument();
    expect(screen.queryByText(/computed #/)).not.toBeInTheDocument();
  });

  it('moves a program down and saves the whole new order', async () => {
    const api = mockApi(async ({ ids }) => ({ ok: true, value: ids }));
    const user = userEvent.setup({ delay: null });
    render(<RankingWorkspace data={data()} />);
    await user.click(screen.getByRole('tab', { name: 'Rank list' }));
    expect(rankedNames()).toEqual(['Alpha IR', 'Bravo IR', 'Charlie IR']);

    await user.click(screen.getByRole('button', { name: 'Move Alpha IR down' }));

    expect(rankedNames()).toEqual(['Bravo IR', 'Alpha IR', 'Charlie IR']);
    expect(api['ranking:set-order']).toHaveBeenCalledTimes(1);
    expect(api['ranking:set-order']).toHaveBeenCalledWith({ ids: ['bravo', 'alpha', 'charlie'] });
    expect(screen.getByRole('button', { name: 'Move Alpha IR up' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('button', { name: 'Move Bravo IR up' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps focus on the arrow that took a program to the top, where pressing it again does nothing', async () => {
    const api = mockApi(async ({ ids }) => ({ ok: true, value: ids }));
    const user = userEvent.setup({ delay: null });
    render(<RankingWorkspace data={data()} />);
    await user.click(screen.getByRole('tab', { name: 'Rank list' }));

    screen.getByRole('button', { name: 'Move Bravo IR up' }).focus();
    await user.keyboard('{Enter}');
    expect(rankedNames()).toEqual(['Bravo IR', 'Alpha IR', 'Charlie IR']);
    const up = screen.getByRole('button', { name: 'Move Bravo IR up' });
    expect(up).toHaveFocus();
    expect(up).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{Enter}');
    expect(rankedNames()).toEqual(['Bravo IR', 'Alpha IR', 'Charlie IR']);
    expect(api['ranking:set-order']).toHaveBeenCalledTimes(1);
  });

  it('puts the old order back when saving fails', async () => {
    mockApi(async () => ({ ok: false, error: { code: 'validation', message: 'The rank list is out of date.' } }));
    const user = userEvent.setup({ delay: null });
    render(<RankingWorkspace data={data()} />);
    await user.click(screen.getByRole('tab', { name: 'Rank list' }));

    await user.click(screen.getByRole('button', { name: 'Move Charlie IR up' }));

    await waitFor(() => expect(rankedNames()).toEqual(['Alpha IR', 'Bravo IR', 'Charlie IR']));
    expect(screen.getByText('Not saved')).toBeInTheDocument();
  });

  it('keeps a long list quick: only the programs in view are in the page, each saying its place of how many', async () => {
    const api = mockApi(async ({ ids }) => ({ ok: true, value: ids }));
    const user = userEvent.setup({ delay: null });
    const many = Array.from({ length: 400 }, (_, i) => program(`p${i + 1}`, `Program ${i + 1} IR`));
    render(<RankingWorkspace data={data(many)} />);
    await user.click(screen.getByRole('tab', { name: 'Rank list' }));

    const items = within(screen.getByRole('list', { name: 'Your rank list' })).getAllByTestId('rank-item');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[0]).toHaveAttribute('aria-setsize', '400');

    await user.click(screen.getByRole('button', { name: 'Move Program 1 IR down' }));
    expect(rankedNames().slice(0, 3)).toEqual(['Program 2 IR', 'Program 1 IR', 'Program 3 IR']);
    const saved = api['ranking:set-order'].mock.calls[0]![0].ids;
    expect(saved).toHaveLength(400);
    expect(saved.slice(0, 2)).toEqual(['p2', 'p1']);
  });

  it('treats programs tied in the computed ranking as in the same place, and counts no withdrawn program', async () => {
    mockApi(async ({ ids }) => ({ ok: true, value: ids }));
    const strong = { ...program('delta', 'Delta IR'), personalRating: 5 };
    const withdrawn = { ...program('echo', 'Echo IR'), status: 'withdrawn' as const };
    // Alpha, Bravo and Charlie know nothing and tie at #2=; Delta scores higher but is listed last.
    const user = userEvent.setup({ delay: null });
    render(<RankingWorkspace data={data([withdrawn, program('charlie', 'Charlie IR'), program('alpha', 'Alpha IR'), program('bravo', 'Bravo IR'), strong])} />);
    await user.click(screen.getByRole('tab', { name: 'Rank list' }));

    const badge = (name: string) =>
      within(screen.getAllByTestId('rank-item').find((item) => item.textContent?.includes(name))!).getByText(/^computed /);
    // The three tied share places 2 to 4: Charlie, 1st in your list, is one above them; Alpha and Bravo are among them.
    expect(badge('Charlie IR')).toHaveTextContent('computed #2= · ▼1');
    expect(badge('Alpha IR')).toHaveTextContent('computed #2= · same');
    expect(badge('Bravo IR')).toHaveTextContent('computed #2= · same');
    expect(badge('Delta IR')).toHaveTextContent('computed #1 · ▲3');
    expect(screen.getByText(/2 of 4 programs sit somewhere else in the computed ranking/)).toBeInTheDocument();

    const computed = within(screen.getByRole('list', { name: 'Computed order' })).getAllByRole('listitem');
    expect(computed.map((item) => item.textContent)).toEqual(['1.Delta IR', '2=Alpha IR', '2=Bravo IR', '2=Charlie IR']);
  });

  it('shows tied places in the stability table, not list positions', async () => {
    mockApi(async ({ ids }) => ({ ok: true, value: ids }));
    const user = userEvent.setup({ delay: null });
    render(<RankingWorkspace data={data()} />);
    await user.click(screen.getByRole('button', { name: 'Run stability test' }));
    const rows = within(screen.getByRole('table', { name: 'Stability test results' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['#1=', '#1=', '#1=']);
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]!.textContent)).toEqual(['always #1', 'always #1', 'always #1']);
  });
});
