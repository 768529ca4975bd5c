import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExposureSummaryCard } from '../../../renderer/src/pages/exposure/ExposureSummaryCard';
import { qaCollections, renderWithExposure, fixClockAtQaDay } from './exposure-repro';

describe('ExposureSummaryCard', () => {
  fixClockAtQaDay();

  it('counts only experiences that have started and shows the planned hours beside them', async () => {
    renderWithExposure(<ExposureSummaryCard onOpen={() => {}} />, qaCollections());
    const card = await screen.findByLabelText('Exposure summary');
    // QA repro: the card read "7 · 171 h" with an observership planned for 2030.
    expect(card).toHaveTextContent('6 · 71 h · 100 h planned');
  });
});
