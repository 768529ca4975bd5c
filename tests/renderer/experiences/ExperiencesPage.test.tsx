import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import type { Experience, ExperienceInput } from '../../../shared/exposure/experience-schema';
import { emptyExposureCollections } from '../../../shared/exposure/exposure-collections';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { ExperiencesPage } from '../../../renderer/src/pages/experiences/ExperiencesPage';
import { makeExperience } from '../../unit/exposure/fixtures';
import { render } from '../render';

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
});

function openWith(count: number) {
  const experiences: Experience[] = Array.from({ length: count }, (_, i) =>
    makeExperience({ id: `exp-${i}`, title: `Observership ${String(i).padStart(2, '0')}`, startDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}` }),
  );
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'exposure:get': async () => ({ ok: true as const, value: { ...emptyExposureCollections(), experiences: [...experiences] } }),
    'experiences:save': async ({ experience }: { experience: ExperienceInput }) => {
      const saved = { ...experience, id: `exp-${experiences.length}` };
      experiences.push(saved);
      return { ok: true as const, value: saved };
    },
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
  render(
    <AppInfoProvider>
      <ExperiencesPage />
    </AppInfoProvider>,
  );
}

describe('ExperiencesPage with a long list', { timeout: 30_000 }, () => {
  it('shows the six newest of a kind and the rest on request', async () => {
    openWith(30);
    const more = await screen.findByRole('button', { name: 'Show 24 older ones' });
    const shown = screen.getAllByRole('button', { name: /^Edit “Observership/ });
    expect(shown).toHaveLength(6);
    expect(shown[0]).toHaveAccessibleName('Edit “Observership 23”'); // 2025-12-24, the newest
    await userEvent.setup({ delay: null }).click(more);
    expect(screen.getAllByRole('button', { name: /^Edit “Observership/ })).toHaveLength(30);
    expect(screen.queryByRole('button', { name: /older/ })).not.toBeInTheDocument();
  });

  it('needs no button when a kind fits', async () => {
    openWith(5);
    expect(await screen.findAllByRole('button', { name: /^Edit “Observership/ })).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /older/ })).not.toBeInTheDocument();
  });

  it('shows an experience just added even when it is older than the six shown', async () => {
    openWith(8);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Add experience' }));
    await user.click(screen.getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Observership' }));
    await user.click(screen.getByRole('textbox', { name: /^Title/ }));
    await user.paste('Observership in 2018');
    fireEvent.change(screen.getByLabelText(/^Start date/), { target: { value: '2018-03-02' } });
    await user.click(screen.getByRole('textbox', { name: /^Total hours/ }));
    await user.paste('120');
    await user.click(screen.getByRole('button', { name: 'Save experience' }));

    expect(await screen.findByRole('button', { name: 'Edit “Observership in 2018”' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Edit “Observership/ })).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Show 2 older ones' })).toBeInTheDocument();
  });
});
