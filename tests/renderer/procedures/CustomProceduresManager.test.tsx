import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { notifyDeletedWithUndo } from '../../../renderer/src/components/notify-undo';
import { CustomProceduresManager } from '../../../renderer/src/pages/procedures/CustomProceduresManager';
import { emptyExposureCollections, type ExposureCollections } from '../../../shared/exposure/exposure-collections';
import { deleteCustomProcedure, restoreCustomProcedure, updateCustomProcedure } from '../../../shared/exposure/exposure-mutations';
import type { CustomProcedure } from '../../../shared/exposure/taxonomy';
import { AppFailure, fail, ok, type Result } from '../../../shared/result';
import { makeProcedure } from '../../unit/exposure/fixtures';
import { render } from '../render';

vi.mock('../../../renderer/src/components/notify-undo', () => ({ notifyDeletedWithUndo: vi.fn(), notifyWithUndo: vi.fn() }));

const typo: CustomProcedure = { id: 'custom-splenic', categoryId: 'arterial', name: 'Splenic artery embolisaton', advanced: true };
const unused: CustomProcedure = { id: 'custom-genicular', categoryId: 'arterial', name: 'Genicular artery embolization', advanced: false };

/** A stand-in for the main process: the real pure mutations over an in-memory log. */
function fakeBackend() {
  let data: ExposureCollections = {
    ...emptyExposureCollections(),
    customProcedures: [typo, unused],
    procedures: [
      makeProcedure({ id: 'p1', procedureId: typo.id, experienceId: null }),
      makeProcedure({ id: 'p2', procedureId: typo.id, experienceId: null }),
    ],
  };
  const run = <T,>(change: () => { next: ExposureCollections; value: T }): Result<T> => {
    try {
      const { next, value } = change();
      data = next;
      return ok(value);
    } catch (caught) {
      if (caught instanceof AppFailure) return fail(caught.code, caught.message);
      throw caught;
    }
  };
  const api = {
    'custom-procedures:update': vi.fn(async ({ procedure }: { procedure: CustomProcedure; confirmedNotPatientData: boolean }) =>
      run(() => ({ next: updateCustomProcedure(data, procedure), value: procedure })),
    ),
    'custom-procedures:delete': vi.fn(async ({ id }: { id: string }) =>
      run(() => {
        const { next, removed } = deleteCustomProcedure(data, id);
        return { next, value: removed };
      }),
    ),
    'custom-procedures:restore': vi.fn(async (procedure: CustomProcedure) =>
      run(() => ({ next: restoreCustomProcedure(data, procedure), value: procedure })),
    ),
  };
  Object.defineProperty(window, 'api', { value: api, configurable: true });
  return { api, current: () => data };
}

function setup() {
  const backend = fakeBackend();
  const onShowEntries = vi.fn();
  function Page() {
    const [data, setData] = useState(backend.current());
    return (
      <CustomProceduresManager
        customProcedures={data.customProcedures}
        procedures={data.procedures}
        onClose={() => {}}
        onChanged={async () => setData(backend.current())}
        onShowEntries={onShowEntries}
      />
    );
  }
  render(<Page />);
  return { ...backend, onShowEntries, user: userEvent.setup({ delay: null }) };
}

const list = () => screen.getByRole('table', { name: 'Your own procedures' });

describe('CustomProceduresManager', { timeout: 30_000 }, () => {
  afterEach(() => vi.mocked(notifyDeletedWithUndo).mockReset());

  it('lists each own procedure with its category and how many entries use it', () => {
    setup();
    const rows = within(list()).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Genicular artery embolizationArterialNo entries/),
      expect.stringMatching(/^Splenic artery embolisatonadvancedArterial2 log entries/),
    ]);
  });

  it('fixes a typo: the new name is sent with the same id, and a clash is refused first', async () => {
    const { user, api, current } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit Splenic artery embolisaton' }));
    expect(screen.getByText(/reaches all 2 log entries that use it/)).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Splenic artery embolisaton');

    await user.clear(name);
    await user.type(name, 'TACE');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Chemoembolization is already listed under Oncologic')).toBeInTheDocument();
    expect(api['custom-procedures:update']).not.toHaveBeenCalled();

    await user.clear(name);
    await user.type(name, 'Splenic artery embolization');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(list()).getByText('Splenic artery embolization')).toBeInTheDocument());
    expect(api['custom-procedures:update']).toHaveBeenCalledWith({ procedure: { ...typo, name: 'Splenic artery embolization' }, confirmedNotPatientData: false });
    expect(current().procedures.every((entry) => entry.procedureId === typo.id)).toBe(true);
  });

  it('holds back a name that looks like patient data until confirmed, and does not ask again when only the advanced mark changes', async () => {
    const { user, api } = setup();
    const flagged = 'Splenic embolization MRN 1234567';
    await user.click(screen.getByRole('button', { name: 'Edit Splenic artery embolisaton' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, flagged);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This may identify a patient');
    expect(warning).toHaveTextContent(`Procedure name — medical record or ID number${flagged}`);
    expect(api['custom-procedures:update']).not.toHaveBeenCalled();
    await user.click(within(warning).getByRole('checkbox', { name: 'I checked: this is not patient-identifying data' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(list()).getByText(flagged)).toBeInTheDocument());
    expect(api['custom-procedures:update']).toHaveBeenLastCalledWith({ procedure: { ...typo, name: flagged }, confirmedNotPatientData: true });

    // The confirmed name is saved: a later edit of the advanced mark alone saves straight away.
    await user.click(screen.getByRole('button', { name: `Edit ${flagged}` }));
    await user.click(screen.getByRole('checkbox', { name: /Advanced/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api['custom-procedures:update']).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('This may identify a patient')).not.toBeInTheDocument();
    expect(api['custom-procedures:update']).toHaveBeenLastCalledWith({ procedure: { ...typo, name: flagged, advanced: false }, confirmedNotPatientData: false });
  });

  it('refuses to delete a procedure entries use, says how many, and offers Edit or the entries instead', async () => {
    const { user, api, onShowEntries } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete Splenic artery embolisaton' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('“Splenic artery embolisaton” is used by 2 log entries');
    expect(alert).toHaveTextContent('It was not deleted: those entries would lose their procedure.');
    expect(api['custom-procedures:delete']).not.toHaveBeenCalled();
    expect(within(list()).getByText('Splenic artery embolisaton')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Show the 2 entries in the log' }));
    expect(onShowEntries).toHaveBeenCalledWith(typo.id);
    await user.click(within(alert).getByRole('button', { name: 'Edit instead' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Splenic artery embolisaton');
  });

  it('deletes an unused procedure at once and Undo brings it back', async () => {
    const { user, api } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete Genicular artery embolization' }));
    await waitFor(() => expect(within(list()).queryByText('Genicular artery embolization')).not.toBeInTheDocument());
    expect(api['custom-procedures:delete']).toHaveBeenCalledWith({ id: unused.id });

    const [message, undo] = vi.mocked(notifyDeletedWithUndo).mock.calls[0]!;
    expect(message).toBe('Deleted “Genicular artery embolization”');
    await undo();
    await waitFor(() => expect(within(list()).getByText('Genicular artery embolization')).toBeInTheDocument());
    expect(api['custom-procedures:restore']).toHaveBeenCalledWith(unused);
  });
});
