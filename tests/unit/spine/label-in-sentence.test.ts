import { describe, expect, it } from 'vitest';
import { labelInSentence } from '../../../shared/label-in-sentence';

describe('labelInSentence', () => {
  it.each([
    ['Microwave ablation (MWA)', 'microwave ablation (MWA)'],
    ['Other tumor-directed therapy', 'other tumor-directed therapy'],
    ['Observership', 'observership'],
    ['Image-guided biopsy', 'image-guided biopsy'],
  ])('lowers the first letter of an ordinary word: %j', (label, expected) => {
    expect(labelInSentence(label)).toBe(expected);
  });

  it.each(['US clinical rotation', 'TIPS', 'IVC filter placement', 'IR observership', 'PICC line', 'Y90', 'MWA', '', 'a'])('keeps an acronym or short label as it is: %j', (label) => {
    expect(labelInSentence(label)).toBe(label);
  });
});
