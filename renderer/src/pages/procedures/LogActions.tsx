import { Button, Group, Menu } from '@mantine/core';
import { IconTrash, IconUpload } from '@tabler/icons-react';
import { memo } from 'react';
import { ExportMenu } from '../../components/ExportMenu';
import { PickFileButton } from '../../components/PickFileButton';
import { formatCount } from '../../../../shared/format-count';

interface LogActionsProps {
  /** Ids of the selected entries that the filters still show: what "Delete selected" removes. */
  selectedShown: readonly string[];
  canExportLog: boolean;
  canExportExperiences: boolean;
  onDeleteSelected: (ids: readonly string[]) => void;
  onChooseCsv: (file: File) => void;
  onExportLog: () => void;
  onExportExperiences: () => void;
}

/** The log's buttons. Memoised: typing in the search box does not render them again. */
export const LogActions = memo(function LogActions(props: LogActionsProps) {
  const { selectedShown, canExportLog, canExportExperiences, onDeleteSelected, onChooseCsv, onExportLog, onExportExperiences } = props;
  return (
    <Group gap="xs">
      {selectedShown.length > 0 && (
        <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => onDeleteSelected(selectedShown)}>
          Delete {formatCount(selectedShown.length)} selected
        </Button>
      )}
      <PickFileButton onPick={onChooseCsv} accept=".csv,text/csv">
        {(buttonProps) => (
          <Button variant="default" leftSection={<IconUpload size={16} />} {...buttonProps}>
            Import CSV…
          </Button>
        )}
      </PickFileButton>
      <ExportMenu label="Export CSV">
        <Menu.Item onClick={onExportLog} disabled={!canExportLog}>
          Procedure log
        </Menu.Item>
        <Menu.Item onClick={onExportExperiences} disabled={!canExportExperiences}>
          Experiences
        </Menu.Item>
      </ExportMenu>
    </Group>
  );
});
