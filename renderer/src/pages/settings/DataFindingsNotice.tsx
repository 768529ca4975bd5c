import { Alert, List, ScrollArea, Stack, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { findingLines, type DocumentFinding } from '../../../../shared/document-identifiers';
import { formatCount } from '../../../../shared/format-count';

const LIST_LABEL = 'Texts that may identify a patient';

/**
 * Before a whole file replaces the data: the texts in it that look like patient data, so the user
 * decides knowing what comes in. Nothing is changed here; replacing stays their choice. Every one
 * is listed (up to a cap) in a box that scrolls, so the user can note where they are.
 */
export function DataFindingsNotice({ findings }: { findings: readonly DocumentFinding[] }) {
  if (findings.length === 0) return null;
  const { lines, more } = findingLines(findings);
  const one = findings.length === 1;
  return (
    <Alert color="orange" icon={<IconShieldExclamation />} title="Some of it may identify a patient">
      <Stack gap="xs">
        <Text size="sm">
          {one ? 'One text' : `${formatCount(findings.length)} texts`} in it {one ? 'looks' : 'look'} like patient-identifying data. If you
          replace your data, edit or delete {one ? 'it' : 'them'} afterwards so your notes stay de-identified:
        </Text>
        {/* Focusable so the list scrolls from the keyboard too. */}
        <ScrollArea.Autosize mah={240} type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': LIST_LABEL }}>
          <List size="sm" pr="sm" style={{ overflowWrap: 'anywhere' }}>
            {lines.map((line, index) => (
              <List.Item key={index}>{line}</List.Item>
            ))}
            {more > 0 && <List.Item>and {formatCount(more)} more, not listed here</List.Item>}
          </List>
        </ScrollArea.Autosize>
      </Stack>
    </Alert>
  );
}
