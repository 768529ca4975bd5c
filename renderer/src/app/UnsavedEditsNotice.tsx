import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeUnsaved } from './unsaved-changes';

/**
 * In the confirmation of an action that replaces all the data (an import, a restore, the sample):
 * names the unsaved edits it would throw away, kept ones included, since the data they were typed
 * over is going. Read when the confirmation opens.
 */
export function UnsavedEditsNotice() {
  const what = describeUnsaved();
  if (what === '') return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle />} title="Unsaved changes will be lost">
      Your changes to {what} are not saved, so no backup holds them. Cancel and save them first to keep them.
    </Alert>
  );
}
