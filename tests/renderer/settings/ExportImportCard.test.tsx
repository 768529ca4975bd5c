import { ModalsProvider } from '@mantine/modals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sampleApplicant from '../../../resources/sample/sample-applicant.json';
import { documentCounts } from '../../../shared/document-contents';
import { loadDocument } from '../../../shared/document-loading';
import { findProcedure } from '../../../shared/exposure/taxonomy';
import type { Api } from '../../../shared/ipc/api';
import type { AppDocument } from '../../../shared/schema/document';
import { AppInfoProvider } from '../../../renderer/src/app/app-info-context';
import { ExportImportCard } from '../../../renderer/src/pages/settings/ExportImportCard';
import { render } from '../render';

function sample(): AppDocument {
  const loaded = loadDocument(sampleApplicant, new Date());
  if (!loaded.ok) throw new Error(loaded.message);
  return { ...loaded.doc, meta: { ...loaded.doc.meta, sample: false } };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'api');
});

/** Opens the card over a stubbed api and picks `doc` as the file to import. */
async function pickBackup(doc: AppDocument, counts: Record<string, number> = documentCounts(doc)) {
  const importData = vi.fn(async () => ({ ok: true as const, value: summary }));
  const summary = { applicantName: doc.profile?.fullName ?? null, schemaVersion: doc.schemaVersion, upgradedFrom: null, counts };
  const stub = {
    'app:info': async () => ({ ok: true as const, value: {} }),
    'data:import-preview': async () => ({ ok: true as const, value: summary }),
    'data:import': importData,
  };
  Object.defineProperty(window, 'api', { value: stub as unknown as Api, configurable: true });
  const { container } = render(
    <ModalsProvider>
      <AppInfoProvider>
        <ExportImportCard />
      </AppInfoProvider>
    </ModalsProvider>,
  );
  const user = userEvent.setup({ delay: null });
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, new File([JSON.stringify(doc)], 'my-backup.json', { type: 'application/json' }));
  const dialog = await screen.findByRole('dialog', { name: 'Replace your data with this backup?' });
  return { dialog, user, importData };
}

describe('ExportImportCard', { timeout: 30_000 }, () => {
  it('lists the texts that look like patient data, and imports once the user confirms', async () => {
    const doc = sample();
    const [first, ...rest] = doc.procedures;
    const withNote = { ...doc, procedures: [{ ...first!, notes: 'pt John Smith MRN 12345678 DOB 03/04/1950, 123 Main Street' }, ...rest] };
    const { dialog, user, importData } = await pickBackup(withNote);

    expect(dialog).toHaveTextContent('Some of it may identify a patient');
    expect(dialog).toHaveTextContent('One text in it looks like patient-identifying data.');
    expect(dialog).toHaveTextContent(`Procedure log: ${findProcedure(first!.procedureId)!.name} on ${first!.date} — Notes (`);
    expect(dialog).toHaveTextContent('date of birth');
    expect(importData).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Replace my data anyway' }));
    expect(importData).toHaveBeenCalledTimes(1);
  });

  it('lists every text that looks like patient data in a box that scrolls', async () => {
    const doc = sample();
    const noted = doc.procedures.slice(0, 12).map((entry) => ({ ...entry, notes: 'pt John Smith MRN 12345678' }));
    const { dialog } = await pickBackup({ ...doc, procedures: [...noted, ...doc.procedures.slice(12)] });

    expect(dialog).toHaveTextContent('12 texts in it look like patient-identifying data.');
    const list = within(dialog).getByRole('region', { name: 'Texts that may identify a patient' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    expect(list).toHaveTextContent(`${findProcedure(noted[11]!.procedureId)!.name} on ${noted[11]!.date}`);
    expect(list).not.toHaveTextContent('more');
    expect(list).toHaveAttribute('tabindex', '0');
  });

  it('says nothing about patient data when there is none, and writes counts with separators', async () => {
    const doc = sample();
    const { dialog } = await pickBackup(doc, { ...documentCounts(doc), 'logged procedures': 120_000 });
    expect(dialog).not.toHaveTextContent('identify a patient');
    expect(dialog).toHaveTextContent('logged procedures: 120,000');
    expect(within(dialog).getByRole('button', { name: 'Replace my data' })).toBeInTheDocument();
  });
});
