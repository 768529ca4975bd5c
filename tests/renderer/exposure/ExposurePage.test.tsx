import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExposurePage } from '../../../renderer/src/pages/exposure/ExposurePage';
import { qaCollections, renderWithExposure, fixClockAtQaDay } from './exposure-repro';

const open = async () => {
  renderWithExposure(<ExposurePage navigate={() => {}} />, qaCollections());
  return screen.findByRole('group', { name: 'Experience hours' });
};
/** A figures list as "label value" lines. */
const listRows = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => Array.from(item.children, (child) => child.textContent).join(' '));

describe('ExposurePage', { timeout: 30_000 }, () => {
  fixClockAtQaDay();

  it('leaves the planned observership out of the hours and says it is planned', async () => {
    const hours = await open();
    expect(hours).toHaveTextContent('71');
    expect(hours).not.toHaveTextContent('171');
    expect(hours).toHaveTextContent('across 6 experiences · 100 h planned');
  });

  it('keeps the letter-writer gap open and names the planned observership', async () => {
    await open();
    const gap = within(screen.getByRole('list', { name: 'Exposure gaps' }))
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('Nobody lined up to write a letter'));
    expect(gap).toHaveTextContent('Planned: IR observership, June 2030');
  });

  it('does not take an emergency angioplasty for an embolization', async () => {
    await open();
    expect(screen.getByRole('list', { name: 'Exposure gaps' })).toHaveTextContent('No emergency or trauma embolization yet');
  });

  it('writes one case as "1 case"', async () => {
    await open();
    expect(screen.getByRole('group', { name: 'Advanced share' })).toHaveTextContent('1 advanced case');
    expect(screen.getByRole('group', { name: 'Advanced share' })).not.toHaveTextContent('cases');
    expect(screen.getByText('advanced of 1 case')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Arterial: 1 case' })).toBeInTheDocument();
  });

  it('runs cases per month on to the current month', async () => {
    await open();
    expect(listRows('Cases per month')).toEqual(['May 2026 1', 'Jun 2026 0', 'Jul 2026 0', 'Aug 2026 0', 'Sep 2026 0', 'Oct 2026 0', 'Nov 2026 0']);
  });

  it('shows part hours instead of "0", and rows that add up to the headline', async () => {
    const headline = await open();
    expect(listRows('Hours by experience kind')).toEqual([
      'Observership 40',
      'Research project 0.6',
      'Conference 0.4',
      'Virtual lecture or case conference 30',
    ]);
    expect(headline).toHaveTextContent(/^Experience hours71across/);
  });
});
