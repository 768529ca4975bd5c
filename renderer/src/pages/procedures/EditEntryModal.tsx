import type { Experience } from '../../../../shared/exposure/experience-schema';
import type { ProcedureEntry, ProcedureEntryInput } from '../../../../shared/exposure/procedure-schema';
import type { CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { api, notifyFailure, notifySuccess, unwrap } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { entryToForm } from './procedure-form-values';
import { ProcedureEntryForm } from './ProcedureEntryForm';

interface EditEntryModalProps {
  entry: ProcedureEntry | null;
  customProcedures: readonly CustomProcedure[];
  experiences: readonly Experience[];
  onClose: () => void;
  onSaved: () => Promise<void>;
}

export function EditEntryModal({ entry, customProcedures, experiences, onClose, onSaved }: EditEntryModalProps) {
  const save = async (input: ProcedureEntryInput, _count: number, confirmedNotPatientData: boolean) => {
    if (!entry) return false;
    try {
      unwrap(await api()['procedures:update']({ entry: { ...input, id: entry.id }, confirmedNotPatientData }));
      notifySuccess('Entry saved');
      await onSaved();
      onClose();
      return true;
    } catch (caught) {
      notifyFailure(caught, 'Your changes were not saved');
      return false;
    }
  };

  return (
    <FormDialog opened={entry !== null} onClose={onClose} title="Edit entry" size="xl">
      {entry && (
        <ProcedureEntryForm
          key={entry.id}
          mode="edit"
          initialValues={entryToForm(entry)}
          customProcedures={customProcedures}
          experiences={experiences}
          onSave={save}
          onCancel={onClose}
        />
      )}
    </FormDialog>
  );
}
