import type { ReactElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { ExposureCollections } from '../../../shared/exposure/exposure-collections';
import type { Api } from '../../../shared/ipc/api';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { makeExperience, makeProcedure } from '../../unit/exposure/fixtures';
import { render } from '../render';

/*
 * The QA pass's data: six past experiences (71 h, nobody to write a letter), an
 * observership planned for June 2030 with 100 h and a letter writer, and one emergency
 * angioplasty logged in May, seen on 29 November 2026.
 */
export const QA_TODAY = new Date(2026, 10, 29, 12);

export const qaCollections = (): ExposureCollections => ({
  experiences: [
    makeExperience({ id: 'obs', title: 'Observership abroad', usBased: false, canWriteLetter: false, hours: { mode: 'total', total: 40 } }),
    makeExperience({ id: 'conf', kind: 'conference', title: 'Regional IR meeting', canWriteLetter: false, hours: { mode: 'total', total: 0.4 } }),
    makeExperience({ id: 'res', kind: 'research-project', title: 'Chart review', usBased: false, canWriteLetter: false, hours: { mode: 'total', total: 0.6 } }),
    ...[1, 2, 3].map((n) =>
      makeExperience({ id: `lec-${n}`, kind: 'virtual-lecture', title: `Case conference ${n}`, usBased: false, canWriteLetter: false, hours: { mode: 'total', total: 10 } }),
    ),
    makeExperience({
      id: 'planned',
      title: 'IR observership',
      startDate: '2030-06-01',
      endDate: '2030-07-01',
      hours: { mode: 'total', total: 100 },
      canWriteLetter: true,
    }),
  ],
  procedures: [makeProcedure({ procedureId: 'peripheral-angioplasty-stenting', setting: 'emergency', date: '2026-05-12' })],
  researchOutputs: [],
  customProcedures: [],
});

/** Fixes the clock at QA_TODAY (Date only, so promises and user events run as usual). */
export function fixClockAtQaDay() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(QA_TODAY);
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(window, 'api');
  });
}

/** Renders `ui` over a window.api that answers `exposure:get` with `collections`. */
export function renderWithExposure(ui: ReactElement, collections: ExposureCollections) {
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'exposure:get': async () => ({ ok: true as const, value: collections }),
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
  return render(<AppInfoProvider>{ui}</AppInfoProvider>);
}
