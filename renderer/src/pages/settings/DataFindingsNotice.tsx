import { Alert, List, Stack, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { findingLines, type DocumentFinding } from '../../../../shared/document-identifiers';
import { formatCount } from '../../../../shared/format-count';

/**
 * Before a whole file replaces the data: the texts in it that look like patient data, so the user
 * decides knowing what comes in. Nothing is changed here; replacing stays their choice.
 */
export function DataFindingsNotice({ findings }: { findings: readonly DocumentFinding[] }) {
  if (findings.length === 0) return null;
  const { lines, more } = findingLines(findings);
  return (
    <Alert color="orange" icon={<IconShieldExclamation />} title="Some of it may identify a patient">
      <Stack gap="xs">
        <Text size="sm">
          {findings.length === 1 ? 'One text' : `${formatCount(findings.length)} texts`} in it {findings.length === 1 ? 'looks' : 'look'} like
          patient-identifying data. If you replace your data, edit or delete {findings.length === 1 ? 'it' : 'them'} afterwards so your
          notes stay de-identified:
        </Text>
        <List size="sm" style={{ overflowWrap: 'anywhere' }}>
          {lines.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
          {more > 0 && <List.Item>and {formatCount(more)} more</List.Item>}
        </List>
      </Stack>
    </Alert>
  );
}
